package vn.hailong.metrics.publicfigures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import vn.hailong.complaints.figures.ComplaintFigures;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.alerts.Period;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code /cong-khai} publishes (issue 10 §11): per service centre and commune directly under the province, and
 * for the province as a whole, the satisfied share with n and its 95% interval, and the complaint counts with the
 * on-time share. Only aggregates: no names of people, no officer or counter, nothing below the minimum sample but
 * its n ({@link PublicShare}). Read with a province-wide read-only actor of its own, since visitors have none; the
 * report is computed once per period and kept for {@link #KEPT}.
 */
@Singleton
public class PublicFigures {

    static final Duration KEPT = Duration.ofMinutes(5);
    /** The units a citizen goes to: the province's own centre and the communes and wards (with their centres). */
    static final Set<UnitType> SHOWN = Set.of(UnitType.SERVICE_CENTRE_PROVINCE, UnitType.WARD, UnitType.COMMUNE);

    private final SatisfactionFigures satisfaction;
    private final ComplaintFigures complaints;
    private final Directory directory;
    private final ProvinceRoot province;
    private final Cache<Period, PublicReport> reports = Caffeine.newBuilder().expireAfterWrite(KEPT)
            .maximumSize(64).build();

    PublicFigures(SatisfactionFigures satisfaction, ComplaintFigures complaints, Directory directory,
                  ProvinceRoot province) {
        this.satisfaction = satisfaction;
        this.complaints = complaints;
        this.directory = directory;
        this.province = province;
    }

    public PublicReport report(Period period) {
        return reports.get(period, this::compute);
    }

    /** Drops the kept reports (tests that add ratings and read the page again). */
    public void forget() {
        reports.invalidateAll();
    }

    private PublicReport compute(Period period) {
        Unit root = province.ensure();
        // a reader of the whole province who can do nothing else: the public sees what any province manager sees,
        // reduced here to aggregates
        Actor reader = new Actor(Actor.Kind.USER, 0, "cong-khai", Role.PROVINCE_MANAGER, root.id(), null);
        int minimum = satisfaction.minimumSample();
        Map<String, GroupFigure> byUnit = satisfaction.groups(reader, root.code(), period.from(), period.to(),
                Grouping.UNIT, false).stream().collect(Collectors.toMap(GroupFigure::key, Function.identity(), (a, b) -> a));
        List<PublicReport.Row> rows = new ArrayList<>();
        for (Unit u : directory.children(root.id()).stream().filter(u -> u.active() && SHOWN.contains(u.type()))
                .sorted(Comparator.comparing((Unit u) -> u.type() != UnitType.SERVICE_CENTRE_PROVINCE)
                        .thenComparing(Unit::name)).toList()) {
            GroupFigure g = byUnit.get(u.code());
            Share s = g == null ? Share.of(0, 0, minimum) : g.satisfied();
            rows.add(row(reader, u, s, period, minimum));
        }
        Share total = satisfaction.satisfied(reader, root.code(), period.from(), period.to());
        return new PublicReport(period, root.name(), row(reader, root, total, period, minimum), rows, minimum);
    }

    private PublicReport.Row row(Actor reader, Unit unit, Share s, Period period, int minimum) {
        Figures f = complaints.of(reader, unit.code(), period.from(), period.to(), null, null);
        return new PublicReport.Row(unit.code(), unit.name(), unit.type().name(), share(s),
                f.received(), f.resolved(), share(Share.of(f.onTime(), f.resolved(), minimum)));
    }

    private static PublicShare share(Share s) {
        return PublicShare.of(s.n(), s.pct(), s.ci95() == null ? null : s.ci95().low(),
                s.ci95() == null ? null : s.ci95().high(), s.enough());
    }
}
