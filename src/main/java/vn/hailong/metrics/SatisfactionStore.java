package vn.hailong.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures' one port: counted ratings of a unit subtree over an inclusive range of local dates, broken down by
 * one {@link Dimension}. {@code RollupSatisfactionStore} (what the product reads) and {@code RawSatisfactionStore}
 * (a plain GROUP BY over the raw ratings: the benchmark's baseline and the tests' oracle) give the same cells.
 */
public interface SatisfactionStore {

    /** The cells with at least one rating, in no particular order; flagged ratings only once released. */
    List<Cell> cells(String unitPathPrefix, LocalDate from, LocalDate to, Dimension dimension);
}
