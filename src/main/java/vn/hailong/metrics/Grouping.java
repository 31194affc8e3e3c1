package vn.hailong.metrics;

import java.util.Locale;
import java.util.Optional;

/** How satisfaction figures can be broken down (product.md §4.8 {@code groupBy}); the key of each group. */
public enum Grouping {
    /** the sector code of the rated procedure; ratings without a procedure are in no group */
    SECTOR(Dimension.SECTOR),
    /** the procedure's official code */
    PROCEDURE(Dimension.PROCEDURE),
    /** the officer code; ratings without an officer are in no group */
    OFFICER(Dimension.OFFICER),
    /** the counter code */
    COUNTER(Dimension.COUNTER),
    /** KIOSK, COUNTER, SMS, WEB, IMPORT */
    CHANNEL(Dimension.CHANNEL),
    /** YYYY-MM of the local date */
    MONTH(Dimension.MONTH),
    /** the survey element's code; the figure is the element index, n the ratings that answered it */
    ELEMENT(Dimension.ELEMENT),
    /** INDIVIDUAL, ORGANISATION, or UNKNOWN when not asked */
    APPLICANT(Dimension.APPLICANT),
    /** the code of each unit directly below the chosen one (with its own subtree), and the unit itself */
    UNIT(Dimension.UNIT),
    /** why unhappy citizens were unhappy (the kiosk's reasons) */
    REASON(Dimension.REASON);

    private final Dimension dimension;

    Grouping(Dimension dimension) {
        this.dimension = dimension;
    }

    public Dimension dimension() {
        return dimension;
    }

    public static Optional<Grouping> parse(String value) {
        for (Grouping g : values()) {
            if (g.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
