package vn.hailong.metrics.rollup;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.feedback.CountedRatings;

import java.util.TreeSet;

/**
 * Keeps the satisfaction rollups: {@link #drain()} applies the pending ratings (a job does it every few seconds,
 * and the figures do it before they read), {@link #rebuild()} recomputes every row from the raw ratings, which stay
 * the truth. Both take the rollups' lock, so they never interleave, also across service nodes.
 */
@Singleton
public class Rollups {

    private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);
    static final int BATCH = 2000;

    /** What a rebuild did. */
    public record Rebuilt(int units, long ratings, long millis) {
    }

    private final RollupWork work;
    private final RollupStore store;
    private final CountedRatings ratings;

    Rollups(RollupWork work, RollupStore store, CountedRatings ratings) {
        this.work = work;
        this.store = store;
        this.ratings = ratings;
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
     * Recomputes the rollups of every unit from the raw ratings, one unit per transaction: every unit that has
     * ratings, rollup rows or pending rows (pending rows of ratings removed by hand go with them).
     */
    public Rebuilt rebuild() {
        long start = System.nanoTime();
        TreeSet<Long> units = new TreeSet<>(ratings.unitsWithRatings());
        units.addAll(store.unitsWithRollups());
        long counted = 0;
        for (long unitId : units) {
            counted += work.rebuildUnit(unitId);
        }
        Rebuilt rebuilt = new Rebuilt(units.size(), counted, (System.nanoTime() - start) / 1_000_000);
        LOG.info("Rollups rebuilt: {} units, {} ratings, {} ms", rebuilt.units(), rebuilt.ratings(), rebuilt.millis());
        return rebuilt;
    }

    public RollupStore.Size size() {
        return store.size();
    }
}
