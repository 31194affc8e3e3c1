package vn.hailong.metrics.rollup;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The key of one rollup row: unit, dimension code ({@link vn.hailong.metrics.Dimension#code()}), grain ('D' a
 * local day, 'M' a month starting on {@code periodStart}) and the dimension's key parts.
 */
public record RollupKey(long unitId, int dimension, char grain, LocalDate periodStart, long k1, long k2, String kt) {

    /** The order rows are written in, so that two writers lock shared rows in the same order and never deadlock. */
    public static final Comparator<RollupKey> WRITE_ORDER = Comparator.comparingLong(RollupKey::unitId)
            .thenComparingInt(RollupKey::dimension).thenComparing(RollupKey::grain)
            .thenComparing(RollupKey::periodStart).thenComparingLong(RollupKey::k1)
            .thenComparingLong(RollupKey::k2).thenComparing(RollupKey::kt);
}
