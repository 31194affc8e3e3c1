package vn.hailong.metrics.targets;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One target row: for a year, a unit ({@code unitCode} null: every unit) and a measure; a SECTOR target names its
 * sector ({@code sectorCode}, null for the other measures).
 */
public record SatisfactionTarget(long id, int year, @Nullable String unitCode, TargetMeasure measure,
                                 @Nullable String sectorCode, BigDecimal pct, @Nullable String source,
                                 String updatedBy, Instant updatedAt) {

    /** What an admin writes (checked by {@link Targets}). */
    public record Draft(int year, @Nullable String unitCode, TargetMeasure measure, @Nullable String sectorCode,
                        BigDecimal pct, @Nullable String source) {
    }
}
