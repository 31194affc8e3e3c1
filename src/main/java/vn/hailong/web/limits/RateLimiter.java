package vn.hailong.web.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * "At most {@code limit} per {@code period}" per key (a client address, a username), counted in fixed windows by
 * {@link WindowCounters} in the database: the same for every service node, kept across restarts, expired rows purged.
 */
public final class RateLimiter {

    private final WindowCounters counters;
    private final Clock clock;
    private final String name;
    private final int limit;
    private final Duration period;

    public RateLimiter(WindowCounters counters, Clock clock, String name, int limit, Duration period) {
        if (limit < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs limit >= 1 and a positive period");
        }
        this.counters = counters;
        this.clock = clock;
        this.name = name;
        this.limit = limit;
        this.period = period;
    }

    /**
     * Takes one from the key's allowance, atomically; empty when allowed, otherwise how long until it may try again.
     * A refused try stays counted, so hammering does not help.
     */
    public Optional<Duration> acquire(String key) {
        WindowCounters.Count count = counters.add(name, key, period, 1);
        return count.hits() <= limit ? Optional.empty() : Optional.of(wait(count));
    }

    /** Without taking anything: empty when the key still has allowance, otherwise how long it must wait. */
    public Optional<Duration> blocked(String key) {
        WindowCounters.Count count = counters.current(name, key, period);
        return count.hits() < limit ? Optional.empty() : Optional.of(wait(count));
    }

    /** Gives back what {@link #acquire} took, e.g. when the attempt it reserved for succeeded. */
    public void release(String key) {
        counters.add(name, key, period, -1);
    }

    /** Forgets the key's count in the current window (e.g. earlier failures, after a success). */
    public void reset(String key) {
        counters.add(name, key, period, -Integer.MAX_VALUE);
    }

    private Duration wait(WindowCounters.Count count) {
        Duration d = count.remaining(clock.instant());
        return d.isZero() ? Duration.ofSeconds(1) : d;
    }
}
