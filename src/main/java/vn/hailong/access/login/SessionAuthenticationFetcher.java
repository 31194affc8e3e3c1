package vn.hailong.access.login;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.hailong.access.users.User;
import vn.hailong.access.users.Users;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.security.Actor;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Signs in the staff user whose id the session holds. The account is re-read on every request (off the event
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

    static final String USER_ID = "hailong.userId";
    static final String CREDENTIAL_VERSION = "hailong.credentialVersion";

    private final Users users;
    private final UnitScope scope;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(Users users, UnitScope scope, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.users = users;
        this.scope = scope;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (isApi(request.getPath())) {
            return Publishers.empty();
        }
        Optional<Session> session = SessionForRequest.find(request);
        Optional<Long> userId = session.flatMap(s -> s.get(USER_ID, Long.class));
        if (userId.isEmpty()) {
            return Publishers.empty();
        }
        // a session from before credential versions (or tampered with) has none, and ends like an outdated one
        Optional<Integer> version = session.flatMap(s -> s.get(CREDENTIAL_VERSION, Integer.class));
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
                () -> users.findById(userId.get()).filter(User::active)
                        .filter(u -> version.isPresent() && version.equals(users.findCredentialVersion(u.id())))
                        .filter(u -> scope.isActive(u.unitId())).map(SessionAuthenticationFetcher::actorOf)
                        .orElse(null),
                blocking));
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

    static void forget(Session session) {
        session.remove(USER_ID);
        session.remove(CREDENTIAL_VERSION);
    }
}
