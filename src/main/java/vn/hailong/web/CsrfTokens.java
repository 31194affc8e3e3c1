package vn.hailong.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hailong.web.session.ServerSessions;
import vn.hailong.web.session.SignedValues;
import vn.hailong.web.session.StaffSession;
import vn.hailong.web.session.WebCookies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The token every form carries (hidden field {@code csrfToken}), checked by {@code web.csrf.CsrfInterceptor}.
 * A signed-in user's token is the one stored with their session (a new session after sign-in gets a new one).
 * A visitor who is not signed in (the sign-in form) gets a token that costs the server nothing to remember: an expiry
 * and an HMAC under the server's key over that expiry and a random value kept in the visitor's
 * {@value #BINDING_COOKIE} cookie, so another site can neither read nor forge a matching pair.
 */
@Singleton
public class CsrfTokens {

    static final String BINDING_COOKIE = "HAILONG_FORM";
    private static final String PURPOSE = "csrf";
    private static final String BINDING = "hailong.formBinding";
    private static final Duration ANONYMOUS_LIFETIME = Duration.ofHours(8);

    private final ServerSessions sessions;
    private final SignedValues signed;
    private final WebCookies cookies;
    private final Clock clock;

    CsrfTokens(ServerSessions sessions, SignedValues signed, WebCookies cookies, Clock clock) {
        this.sessions = sessions;
        this.signed = signed;
        this.cookies = cookies;
        this.clock = clock;
    }

    public String tokenFor(HttpRequest<?> request) {
        Optional<StaffSession> session = sessions.current(request);
        if (session.isPresent()) {
            return session.get().csrfToken();
        }
        long expires = clock.instant().plus(ANONYMOUS_LIFETIME).getEpochSecond();
        // the binding value is signed but not shown: the token alone tells nothing about the cookie
        return signed.sign(PURPOSE + ":" + binding(request), Long.toString(expires));
    }

    /** Whether the token posted with a form is the one this visitor was given. */
    public boolean matches(HttpRequest<?> request, String presented) {
        if (presented == null) {
            return false;
        }
        Optional<StaffSession> session = sessions.current(request);
        if (session.isPresent()) {
            return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                    session.get().csrfToken().getBytes(StandardCharsets.UTF_8));
        }
        Optional<String> expires = cookies.value(request, BINDING_COOKIE)
                .flatMap(binding -> signed.verify(PURPOSE + ":" + binding, presented));
        return expires.filter(e -> e.matches("\\d{1,12}"))
                .filter(e -> Instant.ofEpochSecond(Long.parseLong(e)).isAfter(clock.instant())).isPresent();
    }

    private String binding(HttpRequest<?> request) {
        Optional<String> known = request.getAttribute(BINDING, String.class)
                .or(() -> cookies.value(request, BINDING_COOKIE).filter(v -> v.matches("[A-Za-z0-9_-]{22,64}")));
        if (known.isPresent()) {
            return known.get();
        }
        String fresh = ServerSessions.random(18);
        request.setAttribute(BINDING, fresh);
        cookies.set(request, BINDING_COOKIE, fresh, null);
        return fresh;
    }

    public String fieldName() {
        return "csrfToken";
    }
}
