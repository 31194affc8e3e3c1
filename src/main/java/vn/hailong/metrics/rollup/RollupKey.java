package vn.hailong.metrics.rollup;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The key of one rollup row: unit, dimension code ({@link vn.hailong.metrics.Dimension#code()}), grain ('D' a
 * local day, 'M' a month starting on {@code periodStart}) and the dimension's key parts.
 */
public record RollupKey(long unitId, int dimension, char grain, LocalDate periodStart, long k1, long k2, String kt) {

    /**
     * The order rows are written in, the table's key order: two writers lock shared rows in the same order and never
     * deadlock, and a rebuild's rows go into the table in order. Written out, as a chain of key extractors costs
     * several times as much on the million keys of a rebuild.
     */
    public static final Comparator<RollupKey> WRITE_ORDER = (a, b) -> {
        int c = Long.compare(a.unitId, b.unitId);
        if (c == 0) {
            c = Integer.compare(a.dimension, b.dimension);
        }
        if (c == 0) {
            c = Character.compare(a.grain, b.grain);
        }
        if (c == 0) {
            c = a.periodStart.compareTo(b.periodStart);
        }
        if (c == 0) {
            c = Long.compare(a.k1, b.k1);
        }
        if (c == 0) {
            c = Long.compare(a.k2, b.k2);
        }
        return c != 0 ? c : a.kt.compareTo(b.kt);
    };

    /** The record's own hash collides often on these small numbers (a rebuild holds millions of keys in a map). */
    @Override
    public int hashCode() {
        long h = unitId * 0x9E3779B97F4A7C15L;
        h = (h ^ dimension) * 0xBF58476D1CE4E5B9L;
        h = (h ^ grain) * 0x94D049BB133111EBL;
        h = (h ^ periodStart.toEpochDay()) * 0x9E3779B97F4A7C15L;
        h = (h ^ k1) * 0xBF58476D1CE4E5B9L;
        h = (h ^ k2) * 0x94D049BB133111EBL;
        h ^= kt.hashCode();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollupKey k && unitId == k.unitId && dimension == k.dimension && grain == k.grain
                && k1 == k.k1 && k2 == k.k2 && periodStart.equals(k.periodStart) && kt.equals(k.kt);
    }
}
