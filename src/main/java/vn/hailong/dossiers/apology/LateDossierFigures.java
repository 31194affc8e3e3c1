package vn.hailong.dossiers.apology;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The late-dossier report (domain.md B.9 "late dossiers with apology / late dossiers"): per unit of a subtree, the
 * dossiers whose first promised return date falls in the period and that were finished or returned after it, or are
 * still open past it, split into those with an apology issued in time, with one issued late, and with none.
 */
@Singleton
public class LateDossierFigures {

    private final ApologyStore store;
    private final UnitScope scope;
    private final Clock clock;

    LateDossierFigures(ApologyStore store, UnitScope scope, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    /** One unit's figures (or the total: {@code unit} null). */
    public record Row(Unit unit, long late, long timelyApology, long lateApology, long noApology) {

        /** Late dossiers apologised for in time, per cent of the late ones; null when none was late. */
        public Double timelyPct() {
            return late == 0 ? null : timelyApology * 100.0 / late;
        }
    }

    public record Report(LocalDate from, LocalDate to, List<Row> rows, Row total) {
    }

    /**
     * @param units the chosen unit first, then the rest of its subtree; the chosen one must be in the actor's reach
     * @param from  first local day of the period
     * @param to    last local day of the period (inclusive)
     */
    @Transactional(readOnly = true)
    public Report report(Actor actor, List<Unit> units, LocalDate from, LocalDate to) {
        if (units.isEmpty() || !scope.covers(actor, units.get(0).id())) {
            throw RuleViolation.notFound("apology.error.unit.notFound", units.isEmpty() ? "" : units.get(0).code());
        }
        if (to.isBefore(from)) {
            throw RuleViolation.invalid("to", "apology.error.period");
        }
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<ApologyStore.LateCount> counts = store.lateCounts(byId.keySet(),
                from.atStartOfDay(ClockFactory.VIETNAM).toInstant(),
                to.plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant(), clock.instant());
        List<Row> rows = counts.stream()
                .map(c -> new Row(byId.get(c.unitId()), c.late(), c.timelyApology(), c.lateApology(), c.noApology()))
                .sorted(Comparator.comparing((Row r) -> r.unit().path()).thenComparing(r -> r.unit().name()))
                .toList();
        Row total = new Row(null, rows.stream().mapToLong(Row::late).sum(),
                rows.stream().mapToLong(Row::timelyApology).sum(), rows.stream().mapToLong(Row::lateApology).sum(),
                rows.stream().mapToLong(Row::noApology).sum());
        return new Report(from, to, rows, total);
    }
}
