package vn.hailong.metrics.report;

import jakarta.inject.Singleton;
import vn.hailong.complaints.figures.ComplaintFigures;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.feedback.RatingComments;
import vn.hailong.metrics.ElementFigure;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.Qd766Figures;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.metrics.SatisfactionReport;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.TargetBook;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts a periodic report together from the metrics' figures (satisfaction, targets, complaints, QĐ 766) and the
 * comments citizens left; computes no figure of its own beyond the share of complaints resolved, compared with
 * the seed resolutions' 95% target.
 */
@Singleton
public class PeriodicReports {

    static final int WORST_CRITERIA = 5;
    static final int REASONS = 5;
    static final int COMMENTS = 10;
    private static final String ONLINE = "WEB";

    private final SatisfactionFigures figures;
    private final ComplaintFigures complaints;
    private final Qd766Figures qd766;
    private final TargetBook targets;
    private final RatingComments comments;
    private final Clock clock;

    PeriodicReports(SatisfactionFigures figures, ComplaintFigures complaints, Qd766Figures qd766, TargetBook targets,
                    RatingComments comments, Clock clock) {
        this.figures = figures;
        this.complaints = complaints;
        this.qd766 = qd766;
        this.targets = targets;
        this.comments = comments;
        this.clock = clock;
    }

    public PeriodicReport of(Actor actor, String unitCode, ReportKind kind, int year, boolean english) {
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        if (year < 2000 || kind.from(year).isAfter(today)) {
            throw RuleViolation.invalid("year", "reports.error.year", String.valueOf(year));
        }
        LocalDate from = kind.from(year);
        LocalDate to = kind.to(year);
        LocalDate until = to.isAfter(today) ? today : to;
        LocalDate prevFrom = kind.previousFrom(year);
        LocalDate prevTo = kind.previousTo(year);

        SatisfactionReport now = figures.report(actor, unitCode, from, until, english);
        SatisfactionReport before = figures.report(actor, unitCode, prevFrom, prevTo, english);
        long unitId = now.unitId();

        PeriodicReport.Headline satisfied = new PeriodicReport.Headline(now.satisfied(), before.satisfied(),
                value(targets.overall(year, unitId)));
        PeriodicReport.Headline online = new PeriodicReport.Headline(channel(actor, unitCode, from, until, english),
                channel(actor, unitCode, prevFrom, prevTo, english),
                value(targets.target(TargetBook.Kind.ONLINE, year, unitId, null)));

        Map<String, ElementFigure> beforeElements = before.elements().stream()
                .collect(Collectors.toMap(ElementFigure::code, Function.identity(), (a, b) -> a));
        List<PeriodicReport.ElementRow> elements = now.elements().stream().map(e -> {
            ElementFigure b = beforeElements.get(e.code());
            return new PeriodicReport.ElementRow(e.code(), e.name(), e.index(), b == null ? null : b.index(), e.n(),
                    e.enough());
        }).toList();

        Map<String, GroupFigure> beforeSectors = byKey(figures.groups(actor, unitCode, prevFrom, prevTo,
                Grouping.SECTOR, english));
        List<PeriodicReport.SectorRow> sectors = figures.groups(actor, unitCode, from, until, Grouping.SECTOR, english)
                .stream().map(g -> {
                    GroupFigure b = beforeSectors.get(g.key());
                    Double target = g.id() == null ? null : value(targets.sector(year, unitId, g.id()));
                    return new PeriodicReport.SectorRow(g.key(), g.name(), g.satisfied(),
                            b == null ? Share.of(0, 0, now.minimumSample()) : b.satisfied(), target);
                }).toList();

        List<PeriodicReport.CriterionRow> worst = now.elements().stream()
                .flatMap(e -> e.criteria().stream().map(c -> new PeriodicReport.CriterionRow(c.code(), c.text(),
                        e.name(), c.satisfied())))
                .filter(c -> c.satisfied().shown())
                .sorted(Comparator.comparing((PeriodicReport.CriterionRow c) -> c.satisfied().pct())
                        .thenComparing(PeriodicReport.CriterionRow::code))
                .limit(WORST_CRITERIA).toList();

        Figures complaintsNow = complaints.of(actor, unitCode, from, until, null, null);
        Figures complaintsBefore = complaints.of(actor, unitCode, prevFrom, prevTo, null, null);

        List<GroupFigure> reasons = figures.groups(actor, unitCode, from, until, Grouping.REASON, english).stream()
                .sorted(Comparator.comparing((GroupFigure g) -> -g.scores().n()).thenComparing(GroupFigure::key))
                .limit(REASONS).toList();

        return new PeriodicReport(now.unitCode(), now.unitName(), kind, year, from, to, until, prevFrom, prevTo, today,
                kind.deadlines(), now.minimumSample(), satisfied, online, now.sipasIndex(), now.sipasComplete(), before.sipasIndex(),
                elements, sectors, worst, complaintsNow, complaintsBefore, resolvedPct(complaintsNow),
                resolvedPct(complaintsBefore), value(targets.target(TargetBook.Kind.COMPLAINTS_RESOLVED, year, unitId,
                null)), qd766.of(actor, unitCode, from, until), reasons,
                comments.mostFrequent(actor, unitCode, from, until, COMMENTS));
    }

    private Share channel(Actor actor, String unitCode, LocalDate from, LocalDate to, boolean english) {
        return figures.groups(actor, unitCode, from, to, Grouping.CHANNEL, english).stream()
                .filter(g -> g.key().equals(ONLINE)).map(GroupFigure::satisfied).findFirst()
                .orElse(Share.of(0, 0, figures.minimumSample()));
    }

    /** Cases resolved among those received and within the unit's competence (not rejected); null without any. */
    static Double resolvedPct(Figures f) {
        long base = f.received() - f.rejected();
        return base <= 0 ? null : Math.round(1000.0 * f.resolved() / base) / 10.0;
    }

    private static Map<String, GroupFigure> byKey(List<GroupFigure> groups) {
        return groups.stream().collect(Collectors.toMap(GroupFigure::key, Function.identity(), (a, b) -> a));
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
