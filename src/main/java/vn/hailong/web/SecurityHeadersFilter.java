package vn.hailong.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import vn.hailong.web.session.WebCookies;

import java.util.Locale;

/**
 * Security headers on every response. A Content-Security-Policy per kind of resource: the pages and the kiosk run
 * only our own scripts and styles (none inline; the kiosk also registers its service worker), the API answers
 * nothing a browser should render, and the Swagger UI needs its inline bootstrap script. No page may be framed.
 * Nothing but the static files is cached ({@code no-store}: pages and API answers show new passwords, tokens,
 * pairing codes and personal data). HSTS only when the site is served over https ({@code hailong.public-base-url}).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String KIOSK = PAGES + "; worker-src 'self'; manifest-src 'self'";
    static final String API = "default-src 'none'; frame-ancestors 'none'";
    static final String SWAGGER = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private final boolean https;

    SecurityHeadersFilter(WebCookies cookies) {
        this.https = cookies.secure();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath().toLowerCase(Locale.ROOT);
        boolean api = path.startsWith("/api/") || path.equals("/api");
        MutableHttpResponse<?> r = response;
        r.header("X-Content-Type-Options", "nosniff");
        r.header("Referrer-Policy", "same-origin");
        r.header("X-Frame-Options", "DENY");
        r.header("Content-Security-Policy", api ? API : path.startsWith("/kiosk") ? KIOSK
                : path.startsWith("/swagger") ? SWAGGER : PAGES);
        if (https) {
            r.header("Strict-Transport-Security", "max-age=31536000");
        }
        boolean staticFile = path.startsWith("/static/") || path.startsWith("/kiosk") || path.startsWith("/swagger");
        if (!staticFile && !response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            r.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
