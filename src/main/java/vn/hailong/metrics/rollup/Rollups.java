package vn.hailong.metrics.rollup;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongToIntFunction;

/**
 * Keeps the satisfaction rollups: {@link #drain()} applies the pending ratings (a job does it several times a second,
 * and the figures do it before they read), {@link #rebuild()} recomputes every row from the raw ratings, which stay
 * the truth. A drain and each step of a rebuild take the rollups' lock, so they never interleave, also across
 * service nodes.
 */
@Singleton
public class Rollups {

    private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);
    static final int BATCH = 2000;
    static final int RANGE = 100_000;

    /** What a rebuild did. */
    public record Rebuilt(int units, long ratings, long millis) {
    }

    private final RollupWork work;
    private final RollupStore store;

    Rollups(RollupWork work, RollupStore store) {
        this.work = work;
        this.store = store;
    }

    /** Applies every pending rating, waiting for another drain or a rebuild to finish first; returns how many. */
    public long drain() {
        return drain(true);
    }

    /** The job's round: applies what is pending unless another node is at it already. */
    long drainUnlessBusy() {
        return store.anyPending() ? drain(false) : 0;
    }

    private long drain(boolean wait) {
        long applied = 0;
        while (true) {
            int n = work.drainBatch(BATCH, wait);
            if (n <= 0) {
                return applied;
            }
            applied += n;
        }
    }

    /**
     * Before a read: drains when ratings are pending (one small query when none is), so that a figure includes every
     * rating stored before it was asked for.
     */
    public void drainPending() {
        if (store.anyPending()) {
            drain();
        }
    }

    /**
     * Recomputes every rollup from the raw ratings and counter transactions: one scan of both in id order, a range of
     * {@value #RANGE} ratings per transaction, into a second table that then takes the rollups' place. The rollups
     * stay whole and current meanwhile (the drain goes on, also into the second table once the scan has passed a
     * rating), and nothing is counted twice (see {@link RollupWork#rebuildRange}). One rebuild at a time: another
     * fails at once, unless the one under way has not moved on for ten minutes.
     */
    public Rebuilt rebuild() {
        return rebuild(from -> RANGE);
    }

    /**
     * As {@link #rebuild()}, with the size of each range given by where it starts (called between the ranges, outside
     * their transactions: a test steps through a rebuild with it).
     */
    Rebuilt rebuild(LongToIntFunction rangeSize) {
        long start = System.nanoTime();
        String id = UUID.randomUUID().toString();
        work.beginRebuild(id);
        long counted = 0;
        Set<Long> units = new HashSet<>();
        Map<RollupKey, long[]> months = new HashMap<>();
        try {
            store.emptyRebuild();
            for (long from = Long.MIN_VALUE; ; ) {
                RollupWork.Range range = work.rebuildRange(id, from, rangeSize.applyAsInt(from), months);
                counted += range.ratings();
                units.addAll(range.units());
                if (range.next() == Long.MAX_VALUE) {
                    break;
                }
                from = range.next();
            }
            store.swapRebuild();
        } finally {
            work.endRebuild(id);
        }
        store.emptyRebuild(); // the rows the rebuilt ones replaced
        Rebuilt rebuilt = new Rebuilt(units.size(), counted, (System.nanoTime() - start) / 1_000_000);
        LOG.info("Rollups rebuilt: {} units, {} ratings, {} ms", rebuilt.units(), rebuilt.ratings(), rebuilt.millis());
        return rebuilt;
    }

    public RollupStore.Size size() {
        return store.size();
    }
}
