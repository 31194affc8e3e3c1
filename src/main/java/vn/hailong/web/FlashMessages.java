package vn.hailong.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hailong.web.session.SignedValues;
import vn.hailong.web.session.WebCookies;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A one-time message shown on the next page after a redirect ("Đã lưu."), as a message key with one argument. It
 * travels in a short-lived signed cookie ({@value #COOKIE}) rather than in server state, so it works the same for
 * visitors who are not signed in (after sign-out) and on every node. The layout shows it and drops the cookie.
 */
@Singleton
public class FlashMessages {

    /** How the message is styled and announced. */
    public enum Kind { SUCCESS, ERROR }

    /** What the layout shows: a kind and a message key with arguments. */
    public record Flash(Kind kind, String key, String argument) {
    }

    static final String COOKIE = "HAILONG_FLASH";
    private static final String PURPOSE = "flash";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ARGUMENT = 300;

    private final SignedValues signed;
    private final WebCookies cookies;

    FlashMessages(SignedValues signed, WebCookies cookies) {
        this.signed = signed;
        this.cookies = cookies;
    }

    public void success(HttpRequest<?> request, String key, String argument) {
        put(request, new Flash(Kind.SUCCESS, key, argument));
    }

    public void error(HttpRequest<?> request, String key, String argument) {
        put(request, new Flash(Kind.ERROR, key, argument));
    }

    private void put(HttpRequest<?> request, Flash flash) {
        String argument = nullToEmpty(flash.argument());
        if (argument.length() > MAX_ARGUMENT) {
            argument = argument.substring(0, MAX_ARGUMENT) + "…";
        }
        String raw = flash.kind().name() + "|" + flash.key() + "|" + argument;
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        cookies.set(request, COOKIE, signed.sign(PURPOSE, payload), LIFETIME);
    }

    Optional<Flash> take(HttpRequest<?> request) {
        Optional<String> cookie = cookies.value(request, COOKIE);
        if (cookie.isEmpty()) {
            return Optional.empty();
        }
        cookies.clear(request, COOKIE);
        return signed.verify(PURPOSE, cookie.get()).flatMap(FlashMessages::decode);
    }

    private static Optional<Flash> decode(String payload) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            return Optional.of(new Flash(Kind.valueOf(parts[0]), parts[1], parts.length > 2 ? parts[2] : ""));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
