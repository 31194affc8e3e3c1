package vn.hailong.shared.ids;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Application-generated, time-ordered 63-bit keys for hot tables (product.md §5: no auto-increment hot spot).
 * Layout: 41 bits of milliseconds since 2024-01-01T00:00Z (about 69 years), 10 random bits per JVM (so that
 * several application nodes rarely collide), 12 bits of a per-millisecond sequence. Monotonic within a JVM.
 */
@Singleton
public class TimeOrderedIds {

    private static final long EPOCH_MS = 1_704_067_200_000L;
    private static final int NODE_BITS = 10;
    private static final int SEQ_BITS = 12;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;

    private final Clock clock;
    private final long node;
    private long lastMs = -1;
    private long sequence;

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
        this.node = new SecureRandom().nextInt(1 << NODE_BITS);
    }

    public synchronized long next() {
        long ms = Math.max(clock.millis() - EPOCH_MS, lastMs);
        if (ms == lastMs) {
            sequence = (sequence + 1) & SEQ_MASK;
            if (sequence == 0) {
                ms = lastMs + 1; // 4096 ids in one millisecond: borrow the next one
            }
        } else {
            sequence = 0;
        }
        lastMs = ms;
        return (ms << (NODE_BITS + SEQ_BITS)) | (node << SEQ_BITS) | sequence;
    }
}
