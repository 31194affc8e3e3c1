package vn.hailong.metrics.dashboard;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.metrics.Interval;
import vn.hailong.metrics.Qd766;
import vn.hailong.metrics.ResponseRate;
import vn.hailong.metrics.Share;

import java.util.List;
import java.util.Map;

/**
 * Everything the managers' dashboard shows for one unit subtree and period, assembled by {@link Dashboard}. Every
 * share carries its n and interval; a share below the minimum sample is shown as "chưa đủ mẫu", one without data as
 * "chưa có dữ liệu". {@code responseRates}: ratings ÷ citizens served, by counter code and by the code of each
 * unit in the unit table (who was asked, not only who answered); {@code dossiersRated}: the dossiers returned in the
 * period that a rating names, of all returned (the same question asked through the dossier feed).
 */
@Introspected
public record DashboardFigures(String unitCode, String unitName, Period period, int year, int minimumSample,
                               List<Crumb> breadcrumb, Headline headline, List<Row> trend, List<Row> units,
                               List<Row> sectors, List<Row> procedures, List<ElementRow> elements,
                               List<CriterionRow> criteria, List<OfficerRow> officers, List<Row> counters,
                               List<Row> channels, List<Row> applicants, Figures complaints,
                               Map<String, ResponseRate> responseRates, ResponseRate dossiersRated) {

    /** A unit above (or at) the one shown, within the user's reach. */
    @Introspected
    public record Crumb(String code, String name, boolean current) {
    }

    @Introspected
    public record Headline(Tile satisfied, Tile sipas, Tile resolved, Tile onTime, Qd766Tile qd766) {
    }

    /**
     * A headline figure: value (percent or index), n, interval, whether n is enough, the target and the verdict;
     * {@code parts}/{@code partsWithData}: for an index made of parts (SIPAS: elements), how many have data.
     * {@code value} null: no data (n = 0) or no figure (below the minimum sample, {@code enough} false).
     */
    @Introspected
    public record Tile(@Nullable Double value, long n, @Nullable Interval ci95, boolean enough, @Nullable Double target,
                       TargetStatus status, int parts, int partsWithData) {
        static Tile of(Share s, @Nullable Double target) {
            return new Tile(s.shown() ? s.pct() : null, s.n(), s.ci95(), s.enough(), target,
                    TargetStatus.judge(s.pct(), s.ci95(), s.shown(), target), 0, 0);
        }

        /** Made of parts (the SIPAS index of its elements) of which only some have data. */
        public boolean partial() {
            return parts > 0 && partsWithData < parts;
        }

        public boolean hasData() {
            return n > 0;
        }
    }

    /** QĐ 766 group 5: points of max, each indicator with its threshold and verdict (MET at full points). */
    @Introspected
    public record Qd766Tile(@Nullable Double points, double maxPoints, List<Indicator> indicators, TargetStatus status) {
    }

    @Introspected
    public record Indicator(String code, @Nullable Double ratePct, double thresholdPct, double maxPoints,
                            @Nullable Double points, TargetStatus status) {
        static Indicator of(Qd766.Indicator i) {
            return new Indicator(i.code(), i.ratePct(), i.thresholdPct(), i.maxPoints(), i.points(),
                    TargetStatus.judge(i.ratePct(), null, i.hasData(), i.thresholdPct()));
        }
    }

    /**
     * One row of a table: key and name, the satisfied share, its target and verdict where one applies,
     * {@code volumePct} the row's share of all ratings (mixes), {@code drill} whether the row opens a unit.
     */
    @Introspected
    public record Row(String key, String name, Share satisfied, @Nullable Double target, TargetStatus status,
                      @Nullable Double volumePct, boolean drill) {
    }

    /** A survey element: its index (mean of its criteria's %), n, target verdict. */
    @Introspected
    public record ElementRow(String code, String name, @Nullable Double index, long n, boolean enough,
                             @Nullable Double target, TargetStatus status) {
    }

    /** A criterion with the element it belongs to. */
    @Introspected
    public record CriterionRow(String code, String text, String element, Share satisfied, @Nullable Double target,
                               TargetStatus status) {
    }

    /** An officer's row with what stands behind it: procedures and channels, largest first. */
    @Introspected
    public record OfficerRow(Row row, List<Row> procedures, List<Row> channels) {
    }
}
