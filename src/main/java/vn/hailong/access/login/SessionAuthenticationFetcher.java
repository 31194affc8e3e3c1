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
import vn.hailong.shared.security.Actor;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Signs in the staff user whose id the session holds. The account is re-read on every request (off the event
 * loop), so a deactivated user or a changed role takes effect at once rather than at the next sign-in.
 */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    static final String USER_ID = "hailong.userId";

    private final Users users;
    private final ExecutorService blocking;

    SessionAuthenticationFetcher(Users users, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.users = users;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<Long> userId = SessionForRequest.find(request).flatMap(s -> s.get(USER_ID, Long.class));
        if (userId.isEmpty()) {
            return Publishers.empty();
        }
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
                () -> users.findById(userId.get()).filter(User::active).map(SessionAuthenticationFetcher::actorOf)
                        .orElse(null),
                blocking));
    }

    static Authentication actorOf(User user) {
        return new Actor(Actor.Kind.USER, user.id(), user.username(), user.role(), user.unitId(), null)
                .toAuthentication();
    }

    static void forget(Session session) {
        session.remove(USER_ID);
    }
}
