package vn.hailong.web.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * Atomic counters per limit, key and fixed time window, kept in the database so that every service node sees the
 * same count and a restart forgets nothing (product.md §5). The building block of every abuse limit: reserve first
 * ({@link #add}), then act only if the returned count is within the limit, so that a burst of parallel requests
 * cannot all pass a check made before any of them was counted.
 */
public interface WindowCounters {

    /** A key's count in its current window, and when that window ends. */
    record Count(long hits, Instant windowEnds) {

        public Duration remaining(Instant now) {
            Duration d = Duration.between(now, windowEnds);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }

    /**
     * Adds {@code delta} (may be negative, to give back a reservation) to the key's count in the window that contains
     * now, atomically, and returns the count after it.
     *
     * @param limit  the limit's name (32 characters at most), e.g. {@code "login.address"}
     * @param key    what is counted (an address, a username, a code); longer keys are hashed
     * @param window the length of the fixed windows
     */
    Count add(String limit, String key, Duration window, int delta);

    /** The key's count in the current window, without changing it. */
    Count current(String limit, String key, Duration window);

    /** Removes the rows whose windows have ended; returns how many. */
    int purgeExpired();
}
