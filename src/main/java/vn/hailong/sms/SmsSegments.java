package vn.hailong.sms;

/**
 * How many SMS segments a text takes (domain.md §8.2). GSM-7: the basic table counts 1, the extension table
 * ({@code ^ { } \ [ ~ ] | €} and form feed) 2 (escape + char); 160 in one message, 153 per part when concatenated, and
 * an escaped pair is never split between parts. One character outside both tables makes the whole text UCS-2: 70
 * UTF-16 units in one message, 67 per part, a surrogate pair never split.
 */
public final class SmsSegments {

    public static final int GSM7_SINGLE = 160;
    public static final int GSM7_PART = 153;
    public static final int UCS2_SINGLE = 70;
    public static final int UCS2_PART = 67;

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    /**
     * @param encoding   GSM7 when every character is in the GSM-7 tables, else UNICODE
     * @param units      septets (GSM-7, extension characters count 2) or UTF-16 units (UCS-2)
     * @param segments   parts the text is sent in (0 for an empty text)
     * @param firstOutsideGsm the first character that is in neither GSM-7 table, or null
     */
    public record Count(SmsEncoding encoding, int units, int segments, String firstOutsideGsm) {

        /** Characters per segment for this text: 160/153 or 70/67. */
        public int perSegment() {
            boolean gsm = encoding == SmsEncoding.GSM7;
            return segments <= 1 ? (gsm ? GSM7_SINGLE : UCS2_SINGLE) : (gsm ? GSM7_PART : UCS2_PART);
        }
    }

    private SmsSegments() {
    }

    public static boolean inGsm7(int codePoint) {
        return BASIC.indexOf(codePoint) >= 0 || EXTENSION.indexOf(codePoint) >= 0;
    }

    public static Count count(String text) {
        String outside = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!inGsm7(cp)) {
                outside = new String(Character.toChars(cp));
                break;
            }
            i += Character.charCount(cp);
        }
        return outside == null ? gsm7(text) : ucs2(text, outside);
    }

    private static Count gsm7(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        if (units <= GSM7_SINGLE) {
            return new Count(SmsEncoding.GSM7, units, units == 0 ? 0 : 1, null);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int w = EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
            if (used + w > GSM7_PART) {
                segments++;
                used = 0;
            }
            used += w;
        }
        return new Count(SmsEncoding.GSM7, units, segments, null);
    }

    private static Count ucs2(String text, String outside) {
        int units = text.length();
        if (units <= UCS2_SINGLE) {
            return new Count(SmsEncoding.UNICODE, units, 1, outside);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int w = Character.charCount(text.codePointAt(i));
            if (used + w > UCS2_PART) {
                segments++;
                used = 0;
            }
            used += w;
            i += w;
        }
        return new Count(SmsEncoding.UNICODE, units, segments, outside);
    }
}
