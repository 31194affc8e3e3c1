package vn.hailong.metrics.targets;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which target applies (pure: rows in, answer out). For a unit, nearest first: the unit's own rows, then its
 * parent's and so on up to the root, then the rows for every unit; the first unit with a row of that measure (and
 * sector) answers, with its latest year not after the year asked. A unit's own target thus wins over an ancestor's,
 * even an ancestor's newer one: a unit that set its own target keeps it until it changes it. A SECTOR target
 * without a row falls back to the sector's default ({@code sectors.target_pct}), then to nothing.
 */
public final class TargetLookup {

    private final List<SatisfactionTarget> rows;

    public TargetLookup(List<SatisfactionTarget> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * @param unitChain     the unit's code and its ancestors' codes, nearest first (the root last)
     * @param sectorCode    the sector, for {@link TargetMeasure#SECTOR} only
     * @param sectorDefault the sector's default target, or null
     */
    public Optional<ResolvedTarget> find(List<String> unitChain, int year, TargetMeasure measure,
                                         @Nullable String sectorCode, @Nullable BigDecimal sectorDefault) {
        List<String> chain = new ArrayList<>(unitChain);
        chain.add(null);
        for (String unit : chain) {
            Optional<SatisfactionTarget> found = rows.stream()
                    .filter(r -> r.measure() == measure && r.year() <= year && same(r.unitCode(), unit))
                    .filter(r -> measure != TargetMeasure.SECTOR || same(r.sectorCode(), sectorCode))
                    .max(Comparator.comparingInt(SatisfactionTarget::year));
            if (found.isPresent()) {
                SatisfactionTarget r = found.get();
                return Optional.of(new ResolvedTarget(r.pct(), ResolvedTarget.Origin.ROW, r.year(), r.unitCode(),
                        r.source()));
            }
        }
        if (measure == TargetMeasure.SECTOR && sectorDefault != null) {
            return Optional.of(new ResolvedTarget(sectorDefault, ResolvedTarget.Origin.SECTOR_DEFAULT, null, null,
                    null));
        }
        return Optional.empty();
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return a == null ? b == null : a.equals(b);
    }
}
