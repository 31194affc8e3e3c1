package vn.hailong.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * A one-time message shown on the next page after a redirect ("Đã lưu."), kept in the session as a message key.
 * The layout shows it and removes it.
 */
@Singleton
public class FlashMessages {

    /** How the message is styled and announced. */
    public enum Kind { SUCCESS, ERROR }

    /** What the layout shows: a kind and a message key with arguments. */
    public record Flash(Kind kind, String key, String argument) {
    }

    private static final String SESSION_KEY = "hailong.flash";

    private final SessionStore<Session> sessions;

    FlashMessages(SessionStore<Session> sessions) {
        this.sessions = sessions;
    }

    public void success(HttpRequest<?> request, String key, String argument) {
        put(request, new Flash(Kind.SUCCESS, key, argument));
    }

    public void error(HttpRequest<?> request, String key, String argument) {
        put(request, new Flash(Kind.ERROR, key, argument));
    }

    private void put(HttpRequest<?> request, Flash flash) {
        SessionForRequest.findOrCreate(request, sessions)
                .put(SESSION_KEY, flash.kind().name() + "|" + flash.key() + "|" + nullToEmpty(flash.argument()));
    }

    Optional<Flash> take(HttpRequest<?> request) {
        return SessionForRequest.find(request).flatMap(session -> {
            Optional<String> raw = session.get(SESSION_KEY, String.class);
            raw.ifPresent(r -> session.remove(SESSION_KEY));
            return raw.map(r -> {
                String[] parts = r.split("\\|", 3);
                return new Flash(Kind.valueOf(parts[0]), parts[1], parts.length > 2 ? parts[2] : "");
            });
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
