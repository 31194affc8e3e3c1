package vn.hailong.access.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.SessionStore;
import io.micronaut.session.http.HttpSessionFilter;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Singleton;
import vn.hailong.access.users.User;

/**
 * Binds a signed-in user to the server session. Signing in always starts a new session (new id, new CSRF token) and
 * drops the old one, so a session id planted before sign-in is worthless afterwards (session fixation).
 */
@Singleton
public class StaffSessions {

    private final SessionStore<Session> sessions;

    StaffSessions(SessionStore<Session> sessions) {
        this.sessions = sessions;
    }

    public void signIn(HttpRequest<?> request, User user) {
        Session session = renew(request);
        session.put(SessionAuthenticationFetcher.USER_ID, user.id());
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
