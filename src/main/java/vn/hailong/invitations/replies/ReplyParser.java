package vn.hailong.invitations.replies;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a citizen's SMS reply (product.md §4.9). Phones send what their keyboards make, so the text is first put in
 * compatibility form (NFKC: a full-width {@code ５} is {@code 5}, a no-break space a space), and keywords are
 * compared folded: without diacritics, {@code đ} as {@code d}, upper case ({@code Hủy}, {@code huỷ}, {@code HUY} are
 * one word). The rules, in order:
 * <ol>
 *   <li><b>Opt-out</b>: the whole message, punctuation aside, is STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, HUY,
 *       HUY BO, HUY DANG KY, HUY NHAN TIN or TU CHOI ({@code "Hủy."}, {@code "stop"}). A longer text that merely
 *       starts with such a word is read by the rules below.</li>
 *   <li><b>Help</b>: HELP, HUONG DAN, HD, TRO GIUP, INFO, or only punctuation ({@code "?"}).</li>
 *   <li><b>Rating</b>: a digit 1..5 first, not part of a number ({@code "5"}, {@code " 4 "}, {@code "5."},
 *       {@code "5 rat tot"}, {@code "5rat tot"}, {@code "4/5 nhanh"}); the rest, without leading separators, is the
 *       comment. {@code "0"}, {@code "6"}, {@code "10"}, {@code "1.000 dong"} are not ratings.</li>
 *   <li><b>Complaint</b>: {@code PA}, {@code P.A} or {@code PAKN} as the first word followed by a text
 *       ({@code "PA duong toi"}, {@code "pa: ..."}); or free text of at least {@value #MIN_WORDS} words and
 *       {@value #MIN_LETTERS} letters that is not just courtesy ({@code "cam on nhieu a"}). The complaint keeps the
 *       citizen's own spelling, diacritics included.</li>
 *   <li><b>Help</b> for everything else: empty, {@code "ok"}, {@code "0"}, {@code "6"}, {@code "PA"} alone, a few
 *       words.</li>
 * </ol>
 */
public final class ReplyParser {

    static final int MIN_WORDS = 3;
    static final int MIN_LETTERS = 12;

    private static final Set<String> OPT_OUT = Set.of("STOP", "STOPALL", "STOP ALL", "UNSUBSCRIBE", "CANCEL", "END",
            "QUIT", "HUY", "HUY BO", "HUY DANG KY", "HUY NHAN TIN", "TU CHOI", "TU CHOI NHAN TIN");
    private static final Set<String> HELP = Set.of("HELP", "HUONG DAN", "HD", "TRO GIUP", "INFO", "?");
    private static final Set<String> COURTESY = Set.of("CAM", "ON", "CAMON", "THANK", "THANKS", "YOU", "OK", "OKE",
            "OKAY", "VANG", "DA", "NHIEU", "A", "AH", "ROI", "DUOC", "XIN", "CHAO", "EM", "ANH", "CHI", "BAN", "NHE",
            "NHA", "CO", "CHAU", "ONG", "BA", "RAT", "TOT");

    /** A digit 1..5 that does not start a longer number ("10", "1.000", "2,5"), then an optional "/5". */
    private static final Pattern RATING = Pattern.compile(
            "^([1-5])(?![0-9])(?![.,][0-9])(?:\\s*/\\s*5(?![0-9]))?[\\s\\p{Punct}]*(.*)$", Pattern.DOTALL);
    private static final Pattern COMPLAINT = Pattern.compile(
            "^p\\s*\\.?\\s*a(?:\\s*\\.?\\s*kn)?(?![\\p{L}\\p{N}])[\\s\\p{Punct}]*(.*)$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^A-Z0-9?]+");

    private ReplyParser() {
    }

    public static ReplyCommand parse(String body) {
        String text = SPACES.matcher(Normalizer.normalize(body == null ? "" : body, Normalizer.Form.NFKC))
                .replaceAll(" ").strip();
        String words = NOT_WORD.matcher(fold(text)).replaceAll(" ").strip();
        if (OPT_OUT.contains(words)) {
            return new ReplyCommand.Stop();
        }
        if (words.isEmpty() || HELP.contains(words) || words.matches("\\?+")) {
            return new ReplyCommand.Help();
        }
        Matcher rating = RATING.matcher(text);
        if (rating.matches()) {
            return new ReplyCommand.Rate(rating.group(1).charAt(0) - '0', blankToNull(rating.group(2)));
        }
        Matcher complaint = COMPLAINT.matcher(text);
        if (complaint.matches()) {
            String said = blankToNull(complaint.group(1));
            return said == null ? new ReplyCommand.Help() : new ReplyCommand.Complain(said);
        }
        return looksLikeAComplaint(words) ? new ReplyCommand.Complain(text) : new ReplyCommand.Help();
    }

    /** Unaccented upper case: {@code "Hủy đăng ký"} is {@code "HUY DANG KY"}. */
    static String fold(String text) {
        String noMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return noMarks.replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT);
    }

    private static boolean looksLikeAComplaint(String words) {
        String[] all = words.replace("?", " ").strip().split(" +");
        long letters = words.chars().filter(c -> c >= 'A' && c <= 'Z').count();
        boolean courtesyOnly = Arrays.stream(all).allMatch(COURTESY::contains);
        return all.length >= MIN_WORDS && letters >= MIN_LETTERS && !courtesyOnly;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
