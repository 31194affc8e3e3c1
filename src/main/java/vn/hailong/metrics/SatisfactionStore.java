package vn.hailong.metrics;

import java.time.LocalDate;
import java.util.List;

/** The aggregate queries behind the satisfaction figures; implemented with SQL in {@code metrics.persistence}. */
public interface SatisfactionStore {

    record Figures(long n, long satisfied) {
    }

    record GroupFigures(String key, long n, long satisfied) {
    }

    /** n and the number of satisfied (4, 5) counted ratings of a unit subtree over local dates, flagged ones left out. */
    Figures satisfaction(String unitPathPrefix, LocalDate from, LocalDate to);

    /** The same figures broken down by {@code grouping}, in key order. */
    List<GroupFigures> satisfactionBy(String unitPathPrefix, LocalDate from, LocalDate to, Grouping grouping);
}
