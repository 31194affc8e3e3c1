package vn.hailong.web.session;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hailong.shared.ids.Digests;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Staff sessions in the database: an opaque random id in the HttpOnly, SameSite=Lax cookie {@value #COOKIE}, only
 * its SHA-256 stored, with idle and absolute expiry ({@link SessionSettings}). Only a successful sign-in creates one,
 * so anonymous visitors cost the server nothing, and a user's own sessions are capped, so nobody can push out
 * another user's. Every node reads the same rows, and a restart keeps everyone signed in.
 */
@Singleton
public class ServerSessions {

    public static final String COOKIE = "HAILONG_SESSION";
    private static final String LOADED = "hailong.session";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionStore store;
    private final SessionSettings settings;
    private final WebCookies cookies;
    private final Clock clock;

    ServerSessions(SessionStore store, SessionSettings settings, WebCookies cookies, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.cookies = cookies;
        this.clock = clock;
    }

    /** Whether the request carries a session cookie at all (no database work). */
    public boolean presented(HttpRequest<?> request) {
        return cookies.value(request, COOKIE).isPresent();
    }

    /**
     * Reads the request's session from the database (blocking), notes that it is in use, and keeps it for
     * {@link #current} during the rest of the request.
     */
    public Optional<StaffSession> load(HttpRequest<?> request) {
        Optional<String> id = cookies.value(request, COOKIE);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<StaffSession> found = store.findAlive(Digests.sha256(id.get()), now.minus(settings.idleTimeout()),
                now.minus(settings.absoluteTimeout()));
        found.filter(s -> s.lastSeenAt().isBefore(now.minus(TOUCH_EVERY)))
                .ifPresent(s -> store.touch(s.idHash(), now));
        if (found.isEmpty()) {
            cookies.clear(request, COOKIE);
        }
        found.ifPresent(s -> request.setAttribute(LOADED, s));
        return found;
    }

    /** The session {@link #load} found for this request, if any (no database work). */
    public Optional<StaffSession> current(HttpRequest<?> request) {
        return request.getAttribute(LOADED, StaffSession.class);
    }

    /**
     * Starts a new session for the user (new id, new CSRF token) and ends the one the request came with, so that a
     * session id planted before sign-in is worthless afterwards (session fixation).
     */
    public StaffSession start(HttpRequest<?> request, long userId, int credentialVersion) {
        end(request);
        String id = random(32);
        Instant now = clock.instant();
        StaffSession session = new StaffSession(Digests.sha256(id), userId, credentialVersion, random(32), now, now);
        store.insert(session);
        store.keepNewest(userId, Math.max(1, settings.maxPerUser()));
        request.setAttribute(LOADED, session);
        cookies.set(request, COOKIE, id, null);
        return session;
    }

    /** Ends the request's session, if it has one, and drops its cookie. */
    public void end(HttpRequest<?> request) {
        Optional<String> idHash = current(request).map(StaffSession::idHash)
                .or(() -> cookies.value(request, COOKIE).map(Digests::sha256));
        idHash.ifPresent(store::delete);
        request.removeAttribute(LOADED, StaffSession.class);
        if (idHash.isPresent()) {
            cookies.clear(request, COOKIE);
        }
    }

    /** Lets the request's session carry on under the user's new credential version (their own password change). */
    public void updateCredentialVersion(HttpRequest<?> request, long userId, int version) {
        current(request).filter(s -> s.userId() == userId).ifPresent(s -> {
            store.updateCredentialVersion(s.idHash(), version);
            request.setAttribute(LOADED, new StaffSession(s.idHash(), s.userId(), version, s.csrfToken(),
                    s.createdAt(), s.lastSeenAt()));
        });
    }

    /** Deletes ended sessions; returns how many. */
    public int purgeEnded() {
        Instant now = clock.instant();
        return store.purge(now.minus(settings.idleTimeout()), now.minus(settings.absoluteTimeout()));
    }

    /** Random bytes as URL-safe base64 (no padding): session ids, form tokens and their cookie values. */
    public static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
