package vn.hailong.web.limits;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** The abuse limits of the public entry points, applied by their controllers per client address. */
@Singleton
public class RequestLimits {

    private final boolean behindProxy;
    private final RateLimiter complaints;
    private final RateLimiter pairingFailures;

    RequestLimits(AbuseLimits limits, WindowCounters counters, Clock clock) {
        this.behindProxy = limits.isBehindProxy();
        this.complaints = new RateLimiter(counters, clock, "complaints.address", limits.getComplaintsPerPeriod(),
                limits.getComplaintsPeriod());
        this.pairingFailures = new RateLimiter(counters, clock, "pairing.address",
                limits.getPairingFailuresPerPeriod(), limits.getPairingPeriod());
    }

    /**
     * The client's address: the connection's peer, or, only when configured as behind a reverse proxy, the last
     * X-Forwarded-For entry (appended by that proxy; entries before it are whatever the client chose to send).
     */
    public String clientAddress(HttpRequest<?> request) {
        if (behindProxy) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** A complaint without a token: counts against the address; 429 once its allowance is used up. */
    public void complaintWithoutToken(HttpRequest<?> request) {
        Optional<Duration> wait = complaints.acquire(clientAddress(request));
        if (wait.isPresent()) {
            throw new TooManyRequests(wait.get(), "web.limits.complaints", minutes(wait.get()));
        }
    }

    /**
     * A pairing attempt: refused with 429 while the address has too many recent failures. The attempt is counted
     * before it runs (so parallel guesses cannot all slip past the check) and given back when it succeeds; a failure
     * (the attempt throws) stays counted.
     */
    public <T> T pairingAttempt(HttpRequest<?> request, Supplier<T> attempt) {
        String address = clientAddress(request);
        Optional<Duration> wait = pairingFailures.acquire(address);
        if (wait.isPresent()) {
            pairingFailures.release(address);
            throw new TooManyRequests(wait.get(), "web.limits.pairing", minutes(wait.get()));
        }
        T result = attempt.get();
        pairingFailures.release(address);
        return result;
    }

    private static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
