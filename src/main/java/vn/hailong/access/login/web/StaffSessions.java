package vn.hailong.access.login.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hailong.access.users.User;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.web.session.ServerSessions;

/**
 * Binds a signed-in user to a server session (kept in the database, {@link ServerSessions}). Signing in always starts
 * a new session (new id, new CSRF token) and drops the old one, so a session id planted before sign-in is worthless
 * afterwards (session fixation). The session also keeps the user's credential version, so that a password reset or
 * a deactivation ends it.
 */
@Singleton
public class StaffSessions {

    private final ServerSessions sessions;
    private final Users users;

    StaffSessions(ServerSessions sessions, Users users) {
        this.sessions = sessions;
        this.users = users;
    }

    public void signIn(HttpRequest<?> request, User user) {
        sessions.start(request, user.id(), credentialVersion(user.id()));
    }

    /**
     * After the signed-in user's own credentials changed (e.g. an admin reset their own password): this session
     * carries on under the new version, every other session of theirs has ended.
     */
    public void keepCurrent(HttpRequest<?> request, long userId) {
        sessions.updateCredentialVersion(request, userId, credentialVersion(userId));
    }

    private int credentialVersion(long userId) {
        return users.findCredentialVersion(userId).orElse(0);
    }

    public void signOut(HttpRequest<?> request) {
        sessions.end(request);
    }
}
