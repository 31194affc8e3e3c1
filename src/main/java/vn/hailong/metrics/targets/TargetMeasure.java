package vn.hailong.metrics.targets;

import java.util.Locale;
import java.util.Optional;

/** What a target is set on (the seed resolutions' four kinds of figure). */
public enum TargetMeasure {
    /** the satisfied share of every rating of a unit subtree */
    OVERALL,
    /** the satisfied share of the ratings of one sector's procedures */
    SECTOR,
    /** the satisfied share of online-service ratings (channel WEB) */
    ONLINE,
    /** the share of petitions and complaints resolved (received ones answered and not reopened) */
    COMPLAINTS_RESOLVED;

    public static Optional<TargetMeasure> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (TargetMeasure m : values()) {
            if (m.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
