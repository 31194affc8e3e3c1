package vn.hailong.web.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cookies HaiLong sets: all HttpOnly, SameSite=Lax, path {@code /}, and Secure when served over https (see
 * {@link SessionSettings#cookieSecure()}). Code that handles a request queues a cookie here;
 * {@link PendingCookiesFilter} puts it on the response, whatever the response turns out to be.
 */
@Singleton
public class WebCookies {

    private static final String PENDING = "hailong.pendingCookies";

    private final boolean secure;

    WebCookies(SessionSettings settings, @Value("${hailong.public-base-url:}") String publicBaseUrl) {
        this.secure = settings.cookieSecure() != null ? settings.cookieSecure()
                : publicBaseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** Whether cookies carry {@code Secure} (and the site is served over https). */
    public boolean secure() {
        return secure;
    }

    /** The value the browser sent, if any. */
    public Optional<String> value(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isEmpty());
    }

    /** Sets a cookie on the response; without {@code maxAge} it lasts until the browser closes. */
    public void set(HttpRequest<?> request, String name, String value, Duration maxAge) {
        Cookie cookie = Cookie.of(name, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
        if (maxAge != null) {
            cookie.maxAge(maxAge);
        }
        List<Cookie> pending = pending(request);
        pending.removeIf(c -> c.getName().equals(name));
        pending.add(cookie);
    }

    /** Tells the browser to drop the cookie, unless this response already gives it a new value. */
    public void clear(HttpRequest<?> request, String name) {
        List<Cookie> pending = pending(request);
        if (pending.stream().noneMatch(c -> c.getName().equals(name))) {
            pending.add(Cookie.of(name, "").path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure).maxAge(0));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Cookie> pending(HttpRequest<?> request) {
        Optional<List> existing = request.getAttribute(PENDING, List.class);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Cookie> list = new ArrayList<>();
        request.setAttribute(PENDING, list);
        return list;
    }

    @SuppressWarnings("unchecked")
    static List<Cookie> queued(HttpRequest<?> request) {
        return request.getAttribute(PENDING, List.class).map(l -> (List<Cookie>) l).orElse(List.of());
    }
}
