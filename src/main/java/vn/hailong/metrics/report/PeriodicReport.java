package vn.hailong.metrics.report;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.feedback.RatingComments;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.Qd766;
import vn.hailong.metrics.Share;

import java.time.LocalDate;
import java.util.List;

/**
 * A periodic report of a unit subtree: the period's figures against the targets and against the period of the same
 * length before it. {@code until} is the last day with figures (the period's end, or today while it runs: a 6-month
 * report is due on 10/6, before the period ends).
 */
public record PeriodicReport(String unitCode, String unitName, ReportKind kind, int year, LocalDate from,
                             LocalDate to, LocalDate until, LocalDate previousFrom, LocalDate previousTo,
                             LocalDate issuedOn, List<ReportKind.Deadline> deadlines, int minimumSample,
                             Headline satisfied, Headline online, @Nullable Double sipasIndex, boolean sipasComplete,
                             @Nullable Double previousSipasIndex, List<ElementRow> elements, List<SectorRow> sectors,
                             List<CriterionRow> worstCriteria, Figures complaints, Figures previousComplaints,
                             @Nullable Double resolvedPct, @Nullable Double previousResolvedPct,
                             @Nullable Double resolvedTarget, Qd766.Group qd766, List<GroupFigure> reasons,
                             List<RatingComments.Frequent> comments) {

    /** A share now and in the previous period, with its target (null when none). */
    public record Headline(Share now, Share previous, @Nullable Double target) {
        /** Met, missed, or null when the share is not shown (no data or too small a sample) or there is no target. */
        public @Nullable Boolean met() {
            return target == null || !now.shown() ? null : now.pct() >= target;
        }
    }

    public record ElementRow(String code, String name, @Nullable Double index, @Nullable Double previousIndex, long n,
                             boolean enough) {
    }

    public record SectorRow(String code, String name, Share now, Share previous, @Nullable Double target) {
        public @Nullable Boolean met() {
            return target == null || !now.shown() ? null : now.pct() >= target;
        }
    }

    public record CriterionRow(String code, String text, String element, Share satisfied) {
    }
}
