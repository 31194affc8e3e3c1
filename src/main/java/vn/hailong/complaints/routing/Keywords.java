package vn.hailong.complaints.routing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keywords of a routing rule, matched in a complaint's text without regard to case or Vietnamese tone marks:
 * "ĐIỆN chiếu sáng" matches "đèn điện chiếu sáng hỏng" and "dien chieu sang". Written separated by commas or
 * semicolons; the rule matches when the text contains at least one of them.
 */
public final class Keywords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]");

    private Keywords() {
    }

    /** Lower case, without tone marks (đ as d), spaces collapsed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").strip();
    }

    /** The keywords of a rule as written, each trimmed, empty ones dropped. */
    public static List<String> split(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(written)).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /** The keywords as stored: trimmed, separated by ", ". */
    public static String tidy(String written) {
        return String.join(", ", split(written));
    }

    /** Whether the folded text contains at least one of the keywords (none: always). */
    public static boolean anyIn(List<String> keywords, String foldedText) {
        return keywords.isEmpty() || keywords.stream().map(Keywords::fold).anyMatch(foldedText::contains);
    }
}
