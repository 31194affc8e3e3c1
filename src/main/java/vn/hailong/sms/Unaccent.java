package vn.hailong.sms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Vietnamese without diacritics ("không dấu", domain.md §8.2): NFD, combining marks dropped, đ→d and Đ→D, so that a
 * message stays in GSM-7. {@link #forGsm7} also replaces typographic punctuation and anything else outside GSM-7,
 * for texts (placeholder values) that must not switch a message to UCS-2.
 */
public final class Unaccent {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Unaccent() {
    }

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC)
                .replace('đ', 'd').replace('Đ', 'D');
    }

    /** {@link #of} plus plain punctuation for typographic quotes, dashes, ellipsis and spaces; anything else "?". */
    public static String forGsm7(String text) {
        String plain = of(text).replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"')
                .replace('\u201D', '"').replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...")
                .replace('\u00A0', ' ').replace('\t', ' ');
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(cp -> out.append(SmsSegments.inGsm7(cp) ? new String(Character.toChars(cp)) : "?"));
        return out.toString();
    }
}
