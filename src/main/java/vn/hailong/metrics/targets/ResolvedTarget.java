package vn.hailong.metrics.targets;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * The target that applies to a figure, with where it came from so that a page can say so.
 *
 * @param pct      the target in percent
 * @param origin   ROW (a target row), SECTOR_DEFAULT (the sector's own default in the directory)
 * @param year     the row's year (the latest not after the year asked); null for a sector default
 * @param unitCode the unit whose row it is (the unit itself or its nearest ancestor); null: every unit's row
 * @param source   the document it was seeded from, or what the admin wrote
 */
public record ResolvedTarget(BigDecimal pct, Origin origin, @Nullable Integer year, @Nullable String unitCode,
                             @Nullable String source) {

    public enum Origin { ROW, SECTOR_DEFAULT }

    public double pctValue() {
        return pct.doubleValue();
    }
}
