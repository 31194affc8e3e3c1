package vn.hailong.web.session;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;

import java.util.Locale;

/**
 * Puts the cookies queued through {@link WebCookies} while handling a request onto its response, except on a response
 * that shared caches may keep ({@code Cache-Control: public}, e.g. {@code /cong-khai}): a cache would hand one
 * visitor's cookie (such as the form binding) to every other visitor. Such pages carry no form to post.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PendingCookiesFilter {

    @ResponseFilter
    void addQueuedCookies(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String cacheControl = response.getHeaders().get(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("public")) {
            return;
        }
        for (Cookie cookie : WebCookies.queued(request)) {
            response.cookie(cookie);
        }
    }
}
