package vn.hailong.shared.sql;

/**
 * Makes user-typed text safe inside a SQL {@code LIKE} pattern: {@code %} and {@code _} match themselves, not any
 * characters. The escape character is MySQL's default, the backslash, so queries need no {@code ESCAPE} clause.
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped; null becomes the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
