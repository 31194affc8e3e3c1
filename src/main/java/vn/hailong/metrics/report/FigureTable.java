package vn.hailong.metrics.report;

import vn.hailong.metrics.Grouping;

import java.util.Locale;
import java.util.Optional;

/** The tables a manager can download ({@code /bao-cao/xuat/<table>.csv|xlsx}): one row per group of a breakdown. */
public enum FigureTable {
    UNITS(Grouping.UNIT), SECTORS(Grouping.SECTOR), PROCEDURES(Grouping.PROCEDURE), OFFICERS(Grouping.OFFICER),
    COUNTERS(Grouping.COUNTER), CHANNELS(Grouping.CHANNEL), MONTHS(Grouping.MONTH), ELEMENTS(Grouping.ELEMENT),
    /** the survey's criteria, from the report's elements (a criterion is no rollup grouping of its own) */
    CRITERIA(null);

    private final Grouping grouping;

    FigureTable(Grouping grouping) {
        this.grouping = grouping;
    }

    /** The breakdown behind the table; null for {@link #CRITERIA}. */
    public Grouping grouping() {
        return grouping;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FigureTable> parse(String slug) {
        for (FigureTable t : values()) {
            if (t.slug().equals(slug)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
