package vn.hailong.metrics.dashboard;

import jakarta.inject.Singleton;
import vn.hailong.complaints.figures.ComplaintFigures;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.metrics.DossierFigures;
import vn.hailong.metrics.ElementFigure;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.OfficerMix;
import vn.hailong.metrics.Qd766Figures;
import vn.hailong.metrics.ResponseRate;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.metrics.SatisfactionReport;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.TargetBook;
import vn.hailong.metrics.dashboard.DashboardFigures.CriterionRow;
import vn.hailong.metrics.dashboard.DashboardFigures.Crumb;
import vn.hailong.metrics.dashboard.DashboardFigures.ElementRow;
import vn.hailong.metrics.dashboard.DashboardFigures.Headline;
import vn.hailong.metrics.dashboard.DashboardFigures.Indicator;
import vn.hailong.metrics.dashboard.DashboardFigures.OfficerRow;
import vn.hailong.metrics.dashboard.DashboardFigures.Qd766Tile;
import vn.hailong.metrics.dashboard.DashboardFigures.Row;
import vn.hailong.metrics.dashboard.DashboardFigures.Tile;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Assembles the managers' dashboard from the metrics core only (satisfaction figures, QĐ 766, targets, complaint
 * figures): no figure of its own. Officers, counters and units are ranked by the lower end of their interval.
 */
@Singleton
public class Dashboard {

    /** The procedures and channels listed beside an officer. */
    static final int MIX_ROWS = 5;

    private final SatisfactionFigures figures;
    private final Qd766Figures qd766;
    private final DossierFigures dossiers;
    private final TargetBook targets;
    private final ComplaintFigures complaints;
    private final Directory directory;
    private final UnitScope scope;

    Dashboard(SatisfactionFigures figures, Qd766Figures qd766, DossierFigures dossiers, TargetBook targets,
              ComplaintFigures complaints, Directory directory, UnitScope scope) {
        this.figures = figures;
        this.qd766 = qd766;
        this.dossiers = dossiers;
        this.targets = targets;
        this.complaints = complaints;
        this.directory = directory;
        this.scope = scope;
    }

    /** The unit a user opens the dashboard on: their own (a province manager's is the province). */
    public String homeUnitCode(Actor actor) {
        return directory.unitById(actor.unitId()).map(Unit::code)
                .orElseThrow(() -> RuleViolation.forbidden("organisation.error.scope.missing"));
    }

    /**
     * @throws RuleViolation 404 for a unit unknown or outside the actor's subtree
     */
    public DashboardFigures of(Actor actor, String unitCode, Period period, boolean english) {
        var from = period.from();
        var to = period.to();
        SatisfactionReport report = figures.report(actor, unitCode, from, to, english);
        long unitId = report.unitId();
        int year = to.getYear();
        Double overall = value(targets.overall(year, unitId));
        Figures complaintFigures = complaints.of(actor, unitCode, from, to, null, null);

        List<GroupFigure> bySector = figures.groups(actor, unitCode, from, to, Grouping.SECTOR, english);
        List<Row> sectors = bySector.stream().map(g -> {
            Double target = g.id() == null ? overall : value(targets.sector(year, unitId, g.id()));
            return row(g, target, null, false);
        }).toList();
        List<Row> procedures = figures.groups(actor, unitCode, from, to, Grouping.PROCEDURE, english).stream()
                .sorted(Comparator.comparing((GroupFigure g) -> -g.scores().n()).thenComparing(GroupFigure::key))
                .map(g -> row(g, null, null, false)).toList();

        List<Row> trend = figures.groups(actor, unitCode, period.trendFrom(), to, Grouping.MONTH, english).stream()
                .map(g -> row(g, value(targets.overall(Integer.parseInt(g.key().substring(0, 4)), unitId)), null,
                        false))
                .toList();
        List<Row> units = SatisfactionFigures.ranked(figures.groups(actor, unitCode, from, to, Grouping.UNIT, english))
                .stream().map(g -> row(g, g.id() == null ? overall : value(targets.overall(year, g.id())), null,
                        !g.key().equals(unitCode)))
                .toList();

        Map<String, OfficerMix> mixes = figures.officerMixes(actor, unitCode, from, to);
        List<OfficerRow> officers = SatisfactionFigures.ranked(
                        figures.groups(actor, unitCode, from, to, Grouping.OFFICER, english)).stream()
                .map(g -> officer(row(g, null, null, false), mixes.get(g.key()), overall)).toList();
        List<Row> counters = SatisfactionFigures.ranked(
                        figures.groups(actor, unitCode, from, to, Grouping.COUNTER, english)).stream()
                .map(g -> row(g, null, null, false)).toList();

        long total = report.scores().n();
        Double online = value(targets.target(TargetBook.Kind.ONLINE, year, unitId, null));
        List<Row> channels = figures.groups(actor, unitCode, from, to, Grouping.CHANNEL, english).stream()
                .sorted(Comparator.comparing((GroupFigure g) -> -g.scores().n()))
                .map(g -> row(g, "WEB".equals(g.key()) ? online : null, volume(g, total), false))
                .toList();
        List<Row> applicants = figures.groups(actor, unitCode, from, to, Grouping.APPLICANT, english).stream()
                .map(g -> row(g, null, volume(g, total), false)).toList();

        List<ElementRow> elements = report.elements().stream().map(e -> new ElementRow(e.code(), e.name(), e.index(),
                e.n(), e.enough(), overall, TargetStatus.judge(e.index(), null, e.enough(), overall))).toList();

        Headline headline = new Headline(Tile.of(report.satisfied(), overall), sipasTile(report, overall),
                Tile.of(resolvedShare(complaintFigures), value(targets.target(TargetBook.Kind.COMPLAINTS_RESOLVED,
                        year, unitId, null))),
                Tile.of(Share.of(complaintFigures.onTime(), complaintFigures.resolved(), figures.minimumSample()),
                        null),
                qd766Tile(actor, unitCode, period));
        Map<String, ResponseRate> rates = new java.util.LinkedHashMap<>();
        for (ResponseRate r : figures.responseRates(actor, unitCode, from, to)) {
            rates.put(r.key().isEmpty() ? report.unitCode() : r.key(), r);
        }
        // each child unit's own subtree total (the first entry of its rates); the unit itself is already in
        units.stream().filter(Row::drill).forEach(u -> figures.responseRates(actor, u.key(), from, to).stream()
                .filter(r -> r.key().isEmpty()).findFirst().ifPresent(r -> rates.put(u.key(), r)));
        return new DashboardFigures(report.unitCode(), report.unitName(), period, year, report.minimumSample(),
                breadcrumb(actor, unitId), headline, trend, units, sectors, procedures, elements,
                worstCriteriaFirst(report, overall), officers, counters, channels, applicants, complaintFigures, rates,
                dossiers.total(actor, unitCode, from, to).asResponseRate());
    }

    /** Petitions resolved among those taken in (received and not refused as outside the unit's competence). */
    private Share resolvedShare(Figures f) {
        return Share.of(f.resolved(), Math.max(0, f.received() - f.rejected()), figures.minimumSample());
    }

    /**
     * The SIPAS index has no interval of its own; its n is the smallest n among the elements with answers (the index
     * is as well supported as its least answered element). Shown when those elements reach the minimum sample,
     * judged against the target only when every element of the instrument has answers.
     */
    private static Tile sipasTile(SatisfactionReport report, Double target) {
        List<ElementFigure> answered = report.elements().stream().filter(e -> e.index() != null).toList();
        long n = answered.stream().mapToLong(ElementFigure::n).min().orElse(0);
        boolean enough = !answered.isEmpty() && answered.stream().allMatch(ElementFigure::enough);
        Double value = report.sipasIndex() == null || !enough ? null : report.sipasIndex();
        TargetStatus status = report.sipasComplete() ? TargetStatus.judge(value, null, enough, target) : TargetStatus.NONE;
        return new Tile(value, n, null, enough, target, status, report.elements().size(), answered.size());
    }

    private Qd766Tile qd766Tile(Actor actor, String unitCode, Period period) {
        var group = qd766.of(actor, unitCode, period.from(), period.to());
        List<Indicator> indicators = group.indicators().stream().map(Indicator::of).toList();
        TargetStatus status = indicators.stream().map(Indicator::status).reduce(TargetStatus.NONE, TargetStatus::worse);
        return new Qd766Tile(group.points(), group.maxPoints(), indicators, status);
    }

    /** Criteria where satisfaction is lost first: shown figures lowest first, then those below the minimum sample. */
    private static List<CriterionRow> worstCriteriaFirst(SatisfactionReport report, Double target) {
        List<CriterionRow> rows = new ArrayList<>();
        for (ElementFigure e : report.elements()) {
            e.criteria().stream().filter(c -> c.satisfied().hasData()).forEach(c -> rows.add(new CriterionRow(c.code(),
                    c.text(), e.name(), c.satisfied(), target,
                    TargetStatus.judge(c.satisfied().pct(), c.satisfied().ci95(), c.satisfied().shown(), target))));
        }
        return rows.stream().sorted(Comparator.comparing((CriterionRow r) -> !r.satisfied().shown())
                .thenComparing(r -> r.satisfied().pct() == null ? 0 : r.satisfied().pct())
                .thenComparing(CriterionRow::code)).toList();
    }

    private static OfficerRow officer(Row row, OfficerMix mix, Double target) {
        if (mix == null) {
            return new OfficerRow(row, List.of(), List.of());
        }
        long n = row.satisfied().n();
        return new OfficerRow(row,
                mix.procedures().stream().limit(MIX_ROWS).map(g -> row(g, null, volume(g, n), false)).toList(),
                mix.channels().stream().map(g -> row(g, null, volume(g, n), false)).toList());
    }

    /** From the highest unit the actor may see down to the unit shown. */
    private List<Crumb> breadcrumb(Actor actor, long unitId) {
        Unit unit = directory.unitById(unitId).orElseThrow();
        List<Crumb> crumbs = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            long id = Long.parseLong(part);
            if (id != unitId && scope.covers(actor, id)) {
                directory.unitById(id).ifPresent(u -> crumbs.add(new Crumb(u.code(), u.name(), false)));
            }
        }
        crumbs.add(new Crumb(unit.code(), unit.name(), true));
        return crumbs;
    }

    private static Row row(GroupFigure g, Double target, Double volumePct, boolean drill) {
        Share s = g.satisfied();
        return new Row(g.key(), g.name(), s, target, TargetStatus.judge(s.pct(), s.ci95(), s.shown(), target),
                volumePct, drill);
    }

    private static Double volume(GroupFigure g, long total) {
        return total == 0 ? null : Math.round(1000.0 * g.scores().n() / total) / 10.0;
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
