package vn.hailong.metrics.alerts;

import jakarta.inject.Singleton;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.TargetBook;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The alert list (issue 10 §7): every unit below the chosen one, sector, procedure, officer and counter, and the
 * online channel, whose satisfied share fell below its target by {@link AlertRule}, worst first. Each cell is judged
 * against its own target for the year the period ends: a unit's overall target; a sector's (and a procedure's
 * sector's) target at the chosen unit; an officer's or a counter's overall target at their own unit; the web
 * channel's online-service target.
 */
@Singleton
public class AlertList {

    /** The breakdowns the list looks through, in the order a tie is shown. */
    static final List<Grouping> GROUPINGS = List.of(Grouping.UNIT, Grouping.SECTOR, Grouping.PROCEDURE,
            Grouping.OFFICER, Grouping.COUNTER, Grouping.CHANNEL);
    private static final String ONLINE_CHANNEL = "WEB";

    private final SatisfactionFigures figures;
    private final TargetBook targets;
    private final Directory directory;

    AlertList(SatisfactionFigures figures, TargetBook targets, Directory directory) {
        this.figures = figures;
        this.targets = targets;
        this.directory = directory;
    }

    /**
     * @param checked cells that had a target and enough ratings to be judged
     * @param tooFew  cells with ratings but fewer than the minimum sample, not judged
     */
    public record Result(List<Alert> alerts, int checked, int tooFew, int minimumSample, int targetYear) {
    }

    public Result of(Actor actor, String unitCode, Period period, boolean english) {
        Unit unit = directory.unitByCode(unitCode)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
        int year = period.targetYear();
        int minimum = figures.minimumSample();
        List<Alert> alerts = new ArrayList<>();
        int checked = 0;
        int tooFew = 0;
        for (Grouping grouping : GROUPINGS) {
            for (GroupFigure g : figures.groups(actor, unitCode, period.from(), period.to(), grouping, english)) {
                if (grouping == Grouping.UNIT && unit.code().equals(g.key())) {
                    continue; // the chosen unit's own ratings: its figure is the headline, not a cell below it
                }
                Share s = g.satisfied();
                if (!s.hasData()) {
                    continue;
                }
                OptionalDouble target = targetOf(grouping, g, unit, year);
                if (target.isEmpty()) {
                    continue;
                }
                if (!s.enough()) {
                    tooFew++;
                    continue;
                }
                checked++;
                if (AlertRule.below(s.n(), minimum, s.ci95().high(), target.getAsDouble())) {
                    alerts.add(new Alert(grouping.name(), g.key(), g.name() == null || g.name().isBlank() ? g.key()
                            : g.name(), placeOf(grouping, g.id()), s.n(), s.hits(), s.pct(), s.ci95().low(), s.ci95().high(),
                            target.getAsDouble(), AlertRule.gap(target.getAsDouble(), s.ci95().high())));
                }
            }
        }
        return new Result(AlertRule.worstFirst(alerts), checked, tooFew, minimum, year);
    }

    private String placeOf(Grouping grouping, Long id) {
        Optional<Long> unitId = id == null ? Optional.empty() : switch (grouping) {
            case OFFICER -> directory.officerById(id).map(o -> o.unitId());
            case COUNTER -> directory.counterById(id).map(c -> c.unitId());
            default -> Optional.empty();
        };
        return unitId.flatMap(directory::unitById).map(Unit::name).orElse(null);
    }

    private OptionalDouble targetOf(Grouping grouping, GroupFigure g, Unit unit, int year) {
        Long id = g.id();
        return switch (grouping) {
            case UNIT -> id == null ? OptionalDouble.empty() : targets.overall(year, id);
            case SECTOR -> id == null ? OptionalDouble.empty() : targets.sector(year, unit.id(), id);
            case PROCEDURE -> id == null ? OptionalDouble.empty() : directory.procedureById(id)
                    .map(p -> targets.sector(year, unit.id(), p.sectorId())).orElse(OptionalDouble.empty());
            case OFFICER -> id == null ? OptionalDouble.empty() : directory.officerById(id)
                    .map(o -> targets.overall(year, o.unitId())).orElse(OptionalDouble.empty());
            case COUNTER -> id == null ? OptionalDouble.empty() : directory.counterById(id)
                    .map(c -> targets.overall(year, c.unitId())).orElse(OptionalDouble.empty());
            case CHANNEL -> ONLINE_CHANNEL.equals(g.key())
                    ? targets.target(TargetBook.Kind.ONLINE, year, unit.id(), null) : OptionalDouble.empty();
            default -> OptionalDouble.empty();
        };
    }
}
