package vn.hailong.web.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

import java.time.Duration;
import java.util.Optional;

/**
 * "At most {@code limit} per {@code period}" per key (a client address), as Bucket4j token buckets held in a bounded
 * Caffeine cache so that a flood of distinct addresses cannot exhaust memory. In memory, per node: good enough
 * against a script hammering one centre's public form; it does not survive a restart, and a cluster of n nodes
 * allows up to n times the limit.
 */
public final class RateLimiter {

    private final int limit;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int limit, Duration period) {
        if (limit < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("A rate limit needs limit >= 1 and a positive period");
        }
        this.limit = limit;
        this.period = period;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(period.multipliedBy(2)).maximumSize(100_000).build();
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit).refillIntervally(limit, period).build()).build());
    }

    /** Takes one from the key's allowance; empty when allowed, otherwise how long until it may try again. */
    public Optional<Duration> acquire(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Without taking anything: empty when the key still has allowance, otherwise how long it must wait. */
    public Optional<Duration> blocked(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Counts one (e.g. a failed attempt) against the key, if any allowance is left. */
    public void record(String key) {
        bucket(key).tryConsume(1);
    }
}
