package vn.hailong.access.login.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.hailong.access.users.User;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.session.ServerSessions;
import vn.hailong.web.session.StaffSession;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Signs in the staff user whose id the session (a database row, {@link ServerSessions}) holds. The account is re-read on every request (off the event
 * loop), so a deactivated user, a deactivated unit (theirs or one above it) or a changed role takes effect at once
 * rather than at the next sign-in; so does a password reset, which raises the credential version the session was
 * signed in with.
 * <p>
 * The session never authenticates the JSON API ({@code /api/...}): the API is for Bearer tokens (product.md §4.2)
 * and has no CSRF check, so a cookie the browser sends along with a forged cross-site request must count for
 * nothing there.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private final ServerSessions sessions;
    private final Users users;
    private final UnitScope scope;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(ServerSessions sessions, Users users, UnitScope scope,
                                 @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.sessions = sessions;
        this.users = users;
        this.scope = scope;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (isApi(request.getPath())) {
            return Publishers.empty();
        }
        if (!sessions.presented(request)) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(() -> {
            Optional<StaffSession> session = sessions.load(request);
            if (session.isEmpty()) {
                return null;
            }
            Optional<Authentication> actor = users.findById(session.get().userId()).filter(User::active)
                    .filter(u -> users.findCredentialVersion(u.id())
                            .filter(v -> v == session.get().credentialVersion()).isPresent())
                    .filter(u -> scope.isActive(u.unitId())).map(SessionAuthenticationFetcher::actorOf);
            if (actor.isEmpty()) {
                // deactivated, reset or moved out of an active unit: this session is over for good
                sessions.end(request);
            }
            return actor.orElse(null);
        }, blocking));
    }

    /** Whether a request path lies under {@code /api}, however its slashes and letters are written. */
    static boolean isApi(String path) {
        String p = path == null ? "" : path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        return p.equals("/api") || p.startsWith("/api/") || p.startsWith("/api;");
    }

    static Authentication actorOf(User user) {
        return new Actor(Actor.Kind.USER, user.id(), user.username(), user.role(), user.unitId(), null)
                .toAuthentication();
    }
}
