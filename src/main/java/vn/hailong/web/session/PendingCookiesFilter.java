package vn.hailong.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;

/** Puts the cookies queued through {@link WebCookies} while handling a request onto its response. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PendingCookiesFilter {

    @ResponseFilter
    void addQueuedCookies(HttpRequest<?> request, MutableHttpResponse<?> response) {
        for (Cookie cookie : WebCookies.queued(request)) {
            response.cookie(cookie);
        }
    }
}
