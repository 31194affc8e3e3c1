package vn.hailong.metrics;

import java.util.Locale;
import java.util.Optional;

/** How satisfaction figures can be broken down (product.md §4.8 {@code groupBy}); the key of each group. */
public enum Grouping {
    /** the sector code of the rated procedure; ratings without a procedure are in no group */
    SECTOR,
    /** the officer code; ratings without an officer are in no group */
    OFFICER,
    /** KIOSK, COUNTER, SMS, WEB, IMPORT */
    CHANNEL,
    /** YYYY-MM of the local date */
    MONTH;

    public static Optional<Grouping> parse(String value) {
        for (Grouping g : values()) {
            if (g.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
