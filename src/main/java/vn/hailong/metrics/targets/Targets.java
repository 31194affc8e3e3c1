package vn.hailong.metrics.targets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The targets: admins keep them (checked here, stored by {@link TargetStore}); figures read them through a
 * {@link Sheet}, one snapshot of every row for the many lookups of one page. The rows and the units' ancestor chains
 * are kept in memory for a short while (a page of alerts asks for hundreds of targets); a change made here is seen
 * at once on this node, on another node within {@link #KEPT}.
 */
@Singleton
public class Targets {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final int MAX_SOURCE = 500;
    static final Duration KEPT = Duration.ofSeconds(30);
    private static final String ALL = "all";

    private final TargetStore store;
    private final Directory directory;
    private final UnitScope scope;
    private final Clock clock;
    private final Cache<String, TargetLookup> rows = Caffeine.newBuilder().expireAfterWrite(KEPT).build();
    private final Cache<String, List<String>> chains = Caffeine.newBuilder().expireAfterWrite(KEPT)
            .maximumSize(10_000).build();

    Targets(TargetStore store, Directory directory, UnitScope scope, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
    }

    /** A target as typed in the form: every field text, unit and sector possibly empty. */
    public record Typed(@Nullable String year, @Nullable String unitCode, @Nullable String measure,
                        @Nullable String sectorCode, @Nullable String pct, @Nullable String source) {
    }

    /** The rows an admin sees, filtered by year and unit (null: all; unit "" or "*": the rows for every unit). */
    public List<SatisfactionTarget> list(Actor actor, @Nullable Integer year, @Nullable String unitCode) {
        requireAdmin(actor);
        return store.all().stream()
                .filter(t -> visible(actor, t))
                .filter(t -> year == null || t.year() == year)
                .filter(t -> unitCode == null || (unitCode.isEmpty() || unitCode.equals("*")
                        ? t.unitCode() == null : unitCode.equals(t.unitCode())))
                .toList();
    }

    public SatisfactionTarget get(Actor actor, long id) {
        requireAdmin(actor);
        return store.byId(id).filter(t -> visible(actor, t))
                .orElseThrow(() -> RuleViolation.notFound("targets.error.notFound"));
    }

    /** A unit's rows within the actor's subtree; province-wide rows (no unit) apply everywhere, so every admin reads them. */
    private boolean visible(Actor actor, SatisfactionTarget t) {
        return t.unitCode() == null || directory.unitByCode(t.unitCode()).map(u -> scope.covers(actor, u.id())).orElse(false);
    }

    /** Province-wide rows are changed from the province only (the root of the unit tree), like the catalogue. */
    private void requireWritable(Actor actor, SatisfactionTarget t) {
        if (t.unitCode() == null && !atRoot(actor)) {
            throw RuleViolation.forbidden("targets.error.provinceWide");
        }
    }

    private boolean atRoot(Actor actor) {
        return directory.unitById(actor.unitId()).map(u -> u.parentId() == null).orElse(false);
    }

    /*
     * Not one transaction: the store's writes commit on their own, so that the cached rows are dropped after the
     * change is visible; the table's unique key settles two admins adding the same target at once.
     */
    public long create(Actor actor, Typed typed) {
        requireAdmin(actor);
        SatisfactionTarget.Draft draft = draft(actor, typed, null);
        try {
            return store.insert(draft, actor.name(), clock.instant());
        } catch (RuntimeException e) {
            throw duplicateOr(e, draft);
        } finally {
            rows.invalidateAll();
        }
    }

    public void update(Actor actor, long id, Typed typed) {
        requireWritable(actor, get(actor, id));
        SatisfactionTarget.Draft draft = draft(actor, typed, id);
        try {
            store.update(id, draft, actor.name(), clock.instant());
        } catch (RuntimeException e) {
            throw duplicateOr(e, draft);
        } finally {
            rows.invalidateAll();
        }
    }

    public void delete(Actor actor, long id) {
        requireWritable(actor, get(actor, id));
        store.delete(id);
        rows.invalidateAll();
    }

    private static RuntimeException duplicateOr(RuntimeException e, SatisfactionTarget.Draft draft) {
        return DuplicateKeys.isDuplicate(e) ? RuleViolation.conflict("year", "targets.error.duplicate", draft.year()) : e;
    }

    /** A snapshot of every target for the lookups of one page or report. */
    public Sheet sheet() {
        return new Sheet(rows.get(ALL, k -> new TargetLookup(store.all())));
    }

    /** The target of one figure: {@link Sheet#target} on a fresh snapshot. */
    public Optional<ResolvedTarget> target(String unitCode, int year, TargetMeasure measure,
                                           @Nullable String sectorCode) {
        return sheet().target(unitCode, year, measure, sectorCode);
    }

    /** Targets as read for figures; units' ancestor chains and sectors' defaults are looked up once per sheet. */
    public final class Sheet {

        private final TargetLookup lookup;
        private final Map<String, Optional<BigDecimal>> sectorDefaults = new HashMap<>();

        private Sheet(TargetLookup lookup) {
            this.lookup = lookup;
        }

        /**
         * The target for a unit (its own, else its nearest ancestor's, else every unit's), for a year (the latest row
         * not after it); a SECTOR target needs its sector's code and falls back to the sector's default. Empty when
         * none applies (an unknown unit still gets every unit's target).
         */
        public Optional<ResolvedTarget> target(String unitCode, int year, TargetMeasure measure,
                                               @Nullable String sectorCode) {
            BigDecimal sectorDefault = measure == TargetMeasure.SECTOR && sectorCode != null
                    ? sectorDefaults.computeIfAbsent(sectorCode, c -> directory.sectorByCode(c).map(Sector::targetPct))
                    .orElse(null)
                    : null;
            return lookup.find(chains.get(unitCode, Targets.this::chain), year, measure, sectorCode, sectorDefault);
        }
    }

    /** The unit's code and its ancestors', nearest first. */
    private List<String> chain(String unitCode) {
        Optional<Unit> unit = directory.unitByCode(unitCode);
        if (unit.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        String[] ids = unit.get().path().split("/");
        for (int i = ids.length - 1; i >= 0; i--) {
            if (!ids[i].isEmpty()) {
                directory.unitById(Long.parseLong(ids[i])).ifPresent(u -> codes.add(u.code()));
            }
        }
        return codes;
    }

    private SatisfactionTarget.Draft draft(Actor actor, Typed t, @Nullable Long id) {
        RuleViolation.Builder problems = RuleViolation.builder();
        Integer year = null;
        try {
            year = Integer.parseInt(text(t.year()));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            problems.invalid("year", "targets.error.year", MIN_YEAR, MAX_YEAR);
        }
        String unitCode = text(t.unitCode());
        if (unitCode.isEmpty()) {
            unitCode = null;
            if (!atRoot(actor)) {
                problems.invalid("unitCode", "targets.error.provinceWide");
            }
        } else {
            Unit unit = directory.unitByCode(unitCode).orElse(null);
            if (unit == null || !scope.covers(actor, unit.id())) {
                problems.invalid("unitCode", "targets.error.unit", unitCode);
            }
        }
        TargetMeasure measure = TargetMeasure.parse(t.measure()).orElse(null);
        if (measure == null) {
            problems.invalid("measure", "targets.error.measure");
        }
        String sectorCode = text(t.sectorCode());
        if (measure == TargetMeasure.SECTOR) {
            if (sectorCode.isEmpty()) {
                problems.invalid("sectorCode", "targets.error.sector.required");
            } else if (directory.sectorByCode(sectorCode).isEmpty()) {
                problems.invalid("sectorCode", "targets.error.sector.unknown", sectorCode);
            }
        } else if (!sectorCode.isEmpty() && measure != null) {
            problems.invalid("sectorCode", "targets.error.sector.notForMeasure");
        }
        BigDecimal pct = percent(t.pct());
        if (pct == null) {
            problems.invalid("pct", "targets.error.pct");
        }
        String source = text(t.source());
        if (source.length() > MAX_SOURCE) {
            problems.invalid("source", "targets.error.source", MAX_SOURCE);
        }
        problems.throwIfAny();
        SatisfactionTarget.Draft draft = new SatisfactionTarget.Draft(year, unitCode, measure,
                measure == TargetMeasure.SECTOR ? sectorCode : null, pct, source.isEmpty() ? null : source);
        store.same(draft).filter(other -> id == null || other.id() != id).ifPresent(other -> {
            throw RuleViolation.conflict("year", "targets.error.duplicate", other.year());
        });
        return draft;
    }

    /** A percentage between 0 and 100 with at most two decimals, "85", "85.5" or "85,5"; null when it is not. */
    static @Nullable BigDecimal percent(@Nullable String typed) {
        String s = text(typed).replace(',', '.').replace("%", "").strip();
        if (!s.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal v = new BigDecimal(s);
        if (v.compareTo(BigDecimal.ZERO) < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            return null;
        }
        return v.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw RuleViolation.forbidden("targets.error.adminsOnly");
        }
    }
}
