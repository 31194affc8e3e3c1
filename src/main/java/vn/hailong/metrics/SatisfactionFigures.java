package vn.hailong.metrics;

import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.time.LocalDate;
import java.util.List;

/**
 * The minimum of product.md §4.8: n and the satisfied share (score 4 or 5) of a unit subtree over an inclusive
 * range of local dates (Asia/Ho_Chi_Minh), flagged ratings left out until released. The metrics feature builds
 * the full engine (elements, groups, targets) on the same table.
 */
@Singleton
public class SatisfactionFigures {

    public record Satisfaction(long n, Double satisfiedPct, double[] ci95) {
    }

    /** One group of a breakdown ({@link Grouping}): its key (a sector or officer code, a channel, a month). */
    public record Group(String key, long n, Double satisfiedPct, double[] ci95) {
    }

    private final Directory directory;
    private final UnitScope scope;
    private final SatisfactionStore store;

    SatisfactionFigures(Directory directory, UnitScope scope, SatisfactionStore store) {
        this.directory = directory;
        this.scope = scope;
        this.store = store;
    }

    public Satisfaction of(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        SatisfactionStore.Figures f = store.satisfaction(unit.path(), from, to);
        if (f.n() == 0) {
            return new Satisfaction(0, null, null);
        }
        return new Satisfaction(f.n(), round1(100.0 * f.satisfied() / f.n()), wilson(f.satisfied(), f.n()));
    }

    /** The same figures broken down by sector, officer, channel or month, in key order. */
    public List<Group> groups(Actor actor, String unitCode, LocalDate from, LocalDate to, Grouping grouping) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        return store.satisfactionBy(unit.path(), from, to, grouping).stream()
                .map(g -> new Group(g.key(), g.n(), round1(100.0 * g.satisfied() / g.n()), wilson(g.satisfied(), g.n())))
                .toList();
    }

    private Unit visibleUnit(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw RuleViolation.invalid("from", "feedback.error.period");
        }
        Unit unit = directory.unitByCode(unitCode)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
        scope.requireVisible(actor, unit.id(), unitCode);
        return unit;
    }

    /** Wilson score interval at 95%, in percent. */
    static double[] wilson(long successes, long n) {
        double z = 1.959964;
        double p = (double) successes / n;
        double denom = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
        return new double[] {round1(100 * Math.max(0, centre - half)), round1(100 * Math.min(1, centre + half))};
    }

    private static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
