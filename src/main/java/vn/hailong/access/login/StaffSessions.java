package vn.hailong.access.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.HttpSessionFilter;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import vn.hailong.access.users.User;
import vn.hailong.access.users.Users;

/**
 * Binds a signed-in user to the server session. Signing in always starts a new session (new id, new CSRF token) and
 * drops the old one, so a session id planted before sign-in is worthless afterwards (session fixation). The session
 * also keeps the user's credential version, so that a password reset or a deactivation ends it.
 */
@Singleton
public class StaffSessions {

    private final SessionStore<Session> sessions;
    private final Users users;

    StaffSessions(SessionStore<Session> sessions, Users users) {
        this.sessions = sessions;
        this.users = users;
    }

    public void signIn(HttpRequest<?> request, User user) {
        Session session = renew(request);
        session.put(SessionAuthenticationFetcher.USER_ID, user.id());
        session.put(SessionAuthenticationFetcher.CREDENTIAL_VERSION, credentialVersion(user.id()));
    }

    /**
     * After the signed-in user's own credentials changed (e.g. an admin reset their own password): this session
     * carries on under the new version, every other session of theirs has ended.
     */
    public void keepCurrent(HttpRequest<?> request, long userId) {
        SessionForRequest.find(request)
                .filter(s -> s.get(SessionAuthenticationFetcher.USER_ID, Long.class).filter(id -> id == userId)
                        .isPresent())
                .ifPresent(s -> s.put(SessionAuthenticationFetcher.CREDENTIAL_VERSION, credentialVersion(userId)));
    }

    private int credentialVersion(long userId) {
        return users.findCredentialVersion(userId).orElse(0);
    }

    public void signOut(HttpRequest<?> request) {
        renew(request);
    }

    private Session renew(HttpRequest<?> request) {
        SessionForRequest.find(request).ifPresent(old -> {
            request.getAttributes().remove(HttpSessionFilter.SESSION_ATTRIBUTE);
            sessions.deleteSession(old.getId());
        });
        return SessionForRequest.create(sessions, request);
    }
}
