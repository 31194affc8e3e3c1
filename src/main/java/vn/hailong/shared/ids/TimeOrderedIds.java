package vn.hailong.shared.ids;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Application-generated, time-ordered 63-bit keys for hot tables (product.md §5: no auto-increment hot spot).
 * Layout: 41 bits of milliseconds since 2024-01-01T00:00Z (about 69 years), 10 bits of node (random per JVM, so that
 * several application nodes rarely collide; distinct within one JVM), 12 bits of a per-millisecond sequence. Monotonic within a JVM.
 * The node value {@link #HISTORY_NODE} is never drawn at random: it is reserved for keys of history written in bulk
 * at past moments ({@link #historical}), so that those can never collide with keys handed out live.
 */
@Singleton
public class TimeOrderedIds {

    private static final long EPOCH_MS = 1_704_067_200_000L;
    private static final int NODE_BITS = 10;
    private static final int SEQ_BITS = 12;
    private static final long SEQ_MASK = (1L << SEQ_BITS) - 1;
    /** The node part of keys made by {@link #historical}; live generators draw from the other 1023 values. */
    public static final int HISTORY_NODE = (1 << NODE_BITS) - 1;
    /** How many keys {@link #historical} can make for one millisecond. */
    public static final int SEQUENCES_PER_MS = 1 << SEQ_BITS;

    /**
     * Generators in one JVM (several application contexts in a test run, each with its own fixed clock) take
     * consecutive nodes from a random start, so they never share one; other JVMs still draw at random.
     */
    private static final AtomicInteger NEXT_NODE = new AtomicInteger(new SecureRandom().nextInt(HISTORY_NODE));

    private final Clock clock;
    private final long node;
    private long lastMs = -1;
    private long sequence;

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
        this.node = Math.floorMod(NEXT_NODE.getAndIncrement(), HISTORY_NODE);
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

    /**
     * The key of a row that describes a past moment (demo history, bulk imports): the moment's milliseconds, the
     * reserved {@link #HISTORY_NODE} and a caller-kept sequence (0..4095) that tells apart rows of the same
     * millisecond. Deterministic: the same moment and sequence give the same key.
     */
    public static long historical(long epochMillis, int sequence) {
        if (sequence < 0 || sequence >= SEQUENCES_PER_MS) {
            throw new IllegalArgumentException("sequence must be 0.." + (SEQUENCES_PER_MS - 1) + ": " + sequence);
        }
        long ms = epochMillis - EPOCH_MS;
        if (ms < 0) {
            throw new IllegalArgumentException("moments before 2024-01-01T00:00Z have no key: " + epochMillis);
        }
        return (ms << (NODE_BITS + SEQ_BITS)) | ((long) HISTORY_NODE << SEQ_BITS) | sequence;
    }
}
