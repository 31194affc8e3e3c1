package vn.hailong.web.limits;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;

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
    private final RateLimiter pairingFailuresAllAddresses;
    private final RateLimiter trackingMisses;
    private final RateLimiter trackingMissesPerCode;

    RequestLimits(AbuseLimits limits, WindowCounters counters, Clock clock) {
        this.behindProxy = limits.isBehindProxy();
        this.complaints = new RateLimiter(counters, clock, "complaints.address", limits.getComplaintsPerPeriod(),
                limits.getComplaintsPeriod());
        this.pairingFailures = new RateLimiter(counters, clock, "pairing.address",
                limits.getPairingFailuresPerPeriod(), limits.getPairingPeriod());
        this.pairingFailuresAllAddresses = new RateLimiter(counters, clock, "pairing.all",
                limits.getPairingFailuresAllAddresses(), limits.getPairingPeriod());
        this.trackingMisses = new RateLimiter(counters, clock, "tracking.address",
                limits.getTrackingMissesPerPeriod(), limits.getTrackingPeriod());
        this.trackingMissesPerCode = new RateLimiter(counters, clock, "tracking.code",
                limits.getTrackingMissesPerCode(), limits.getTrackingPeriod());
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
     * A pairing attempt: refused with 429 while the address, or all addresses together, have too many recent failures.
     * The attempt is counted in both before it runs (so parallel guesses cannot all slip past the check: each one's
     * count includes every guess still running) and given back when it succeeds or is refused; a failure (the attempt
     * throws) stays counted.
     * <p>
     * Why a cap for all addresses, and why 50: the per-address limit does nothing against a guesser who changes
     * address for every guess. A wrong guess names no code, so failures cannot be counted per live code; but a guess
     * is only a guess at the codes live at that moment, so capping the failures of everyone caps the guesses at every
     * live code. Codes have 8 digits (10^8) and live 15 minutes; with L live codes, N failures per window hit one with
     * a chance of at most N·L/10^8: 50 · 10 / 10^8 = 5·10^-6 per window with ten kiosks pairing at once, about
     * 5·10^-4 in a day of non-stop guessing (96 windows) while ten codes are live all day, which they never are. The
     * price: 50 wrong guesses block pairing everywhere until the window ends (at most 15 minutes; a code issued
     * before may expire meanwhile, and the admin issues a new one). Deleting a unit's live codes after many failures
     * would not help: a failure names no unit either.
     */
    public <T> T pairingAttempt(HttpRequest<?> request, Supplier<T> attempt) {
        String address = clientAddress(request);
        Optional<Duration> wait = pairingFailures.acquire(address);
        if (wait.isPresent()) {
            pairingFailures.release(address);
            throw new TooManyRequests(wait.get(), "web.limits.pairing", minutes(wait.get()));
        }
        Optional<Duration> waitAll = pairingFailuresAllAddresses.acquire(ALL_ADDRESSES);
        if (waitAll.isPresent()) {
            pairingFailuresAllAddresses.release(ALL_ADDRESSES);
            pairingFailures.release(address);
            throw new TooManyRequests(waitAll.get(), "web.limits.pairing.everywhere", minutes(waitAll.get()));
        }
        T result = attempt.get();
        pairingFailuresAllAddresses.release(ALL_ADDRESSES);
        pairingFailures.release(address);
        return result;
    }

    private static final String ALL_ADDRESSES = "*";

    /**
     * A citizen's look-up of a complaint by its tracking code and the last four digits of their phone (or an action
     * proven that way): refused with 429 while the address has too many recent misses. A miss is the attempt
     * throwing a not-found {@link RuleViolation} (an unknown code and wrong digits are the same miss); it stays
     * counted. Anything else (found, or refused for another reason, such as a missing comment) is given back. As for
     * pairing, the attempt is counted before it runs so that parallel guesses cannot slip past the check.
     */
    public <T> T trackingAttempt(HttpRequest<?> request, Supplier<T> attempt) {
        return trackingAttempt(request, null, attempt);
    }

    /**
     * As {@link #trackingAttempt(HttpRequest, Supplier)}, and misses on one tracking code are also counted from all
     * addresses together, so that the four digits of a known code cannot be searched from many addresses.
     */
    public <T> T trackingAttempt(HttpRequest<?> request, String trackingCode, Supplier<T> attempt) {
        String address = clientAddress(request);
        String code = trackingCode == null ? null
                : trackingCode.strip().toUpperCase(java.util.Locale.ROOT).substring(0, Math.min(40, trackingCode.strip().length()));
        Optional<Duration> wait = trackingMisses.acquire(address);
        if (wait.isPresent()) {
            trackingMisses.release(address);
            throw new TooManyRequests(wait.get(), "web.limits.tracking", minutes(wait.get()));
        }
        if (code != null && !code.isEmpty()) {
            Optional<Duration> codeWait = trackingMissesPerCode.acquire(code);
            if (codeWait.isPresent()) {
                trackingMissesPerCode.release(code);
                trackingMisses.release(address);
                throw new TooManyRequests(codeWait.get(), "web.limits.tracking", minutes(codeWait.get()));
            }
        }
        try {
            T result = attempt.get();
            release(address, code);
            return result;
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.NOT_FOUND) {
                release(address, code);
            }
            throw e;
        }
    }

    private void release(String address, String code) {
        trackingMisses.release(address);
        if (code != null && !code.isEmpty()) {
            trackingMissesPerCode.release(code);
        }
    }

    private static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
