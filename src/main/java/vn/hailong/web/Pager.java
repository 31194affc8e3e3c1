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

    /** Links to {@code basePath?q=<search>&trang=<n>}. */
    public static Pager of(String basePath, String search, int number, int totalPages) {
        String q = search == null || search.isBlank() ? ""
                : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&";
        return new Pager(number, totalPages,
                number > 1 ? basePath + "?" + q + "trang=" + (number - 1) : null,
                number < totalPages ? basePath + "?" + q + "trang=" + (number + 1) : null);
    }
}
