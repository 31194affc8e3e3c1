package vn.hailong.access.tokens.web;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.hailong.access.tokens.ApiToken;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.shared.security.Actor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Authenticates {@code Authorization: Bearer <token>} against the stored token digests. */
@Singleton
final class BearerTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    private static final String PREFIX = "Bearer ";

    private final TokenIssuer tokens;
    private final ExecutorService blocking;

    BearerTokenAuthenticationFetcher(TokenIssuer tokens, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Publishers.empty();
        }
        String secret = header.substring(PREFIX.length()).trim();
        if (secret.isEmpty() || secret.length() > TokenIssuer.MAX_SECRET_LENGTH) {
            return Publishers.empty();
        }
        // a token resolved a moment ago needs no database: answered here, without a hop to the blocking pool
        var cached = tokens.resolveCached(secret);
        if (cached.isPresent()) {
            return Publishers.just(authentication(cached.get()));
        }
        // The lookup is JDBC; keep it off the event loop.
        CompletableFuture<Authentication> lookup = CompletableFuture.supplyAsync(() -> tokens.resolve(secret)
                .map(BearerTokenAuthenticationFetcher::authentication).orElse(null), blocking);
        return Publishers.fromCompletableFuture(lookup);
    }

    private static Authentication authentication(ApiToken t) {
        return new Actor(Actor.Kind.TOKEN, t.id(), t.name(), t.role(), t.unitId(), t.kioskId()).toAuthentication();
    }
}
