package vn.hailong.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * How many of each kiosk's ratings of the last 30 days (by receipt) were flagged: a kiosk whose rate stands out is
 * either abused (a stolen token) or held back by too strict limits, and is worth a look.
 */
@Singleton
public class KioskFlagRates {

    public static final Duration PERIOD = Duration.ofDays(30);

    /** A kiosk's ratings received within {@link #PERIOD}, and how many of them were flagged. */
    public record FlagRate(long total, long flagged) {
        public static final FlagRate NONE = new FlagRate(0, 0);

        /** The flagged share in percent, one decimal; null without ratings. */
        public Double percent() {
            return total == 0 ? null : Math.round(1000.0 * flagged / total) / 10.0;
        }
    }

    private final RatingStore store;
    private final Clock clock;

    KioskFlagRates(RatingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<Long, FlagRate> of(Collection<Long> kioskIds) {
        return kioskIds.isEmpty() ? Map.of() : store.kioskFlagCounts(kioskIds, clock.instant().minus(PERIOD));
    }
}
