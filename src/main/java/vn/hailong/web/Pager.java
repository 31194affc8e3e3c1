package vn.hailong.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Paging links for a list page ({@code fragments/forms :: pager}); {@code number} is 1-based.
 */
@Introspected
public record Pager(int number, int totalPages, @Nullable String previousHref, @Nullable String nextHref) {

    /**
     * The page a list address asks for ({@code ?trang=}, 1-based), whatever was typed: no number, zero or less is
     * page 1, a number too big for any list the largest page (the list then shows its last page).
     */
    public static int requested(@Nullable String trang) {
        String t = trang == null ? "" : trang.strip();
        if (!t.matches("[0-9]{1,30}")) {
            return 1;
        }
        return t.length() > 9 ? Integer.MAX_VALUE : Math.max(1, Integer.parseInt(t));
    }

    /** Links to {@code basePath?q=<search>&trang=<n>}. */
    public static Pager of(String basePath, String search, int number, int totalPages) {
        String q = search == null || search.isBlank() ? ""
                : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&";
        return new Pager(number, totalPages,
                number > 1 ? basePath + "?" + q + "trang=" + (number - 1) : null,
                number < totalPages ? basePath + "?" + q + "trang=" + (number + 1) : null);
    }
}
