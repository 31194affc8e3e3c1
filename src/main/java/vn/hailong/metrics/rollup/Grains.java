package vn.hailong.metrics.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How an inclusive range of local dates is read from the rollups: its whole months from the month rows, the days
 * before and after them from the day rows. A year is 12 month rows per key instead of 365 day rows.
 */
public final class Grains {

    /** Rows of one grain whose period starts between {@code from} and {@code to} (inclusive). */
    public record Segment(char grain, LocalDate from, LocalDate to) {
    }

    private Grains() {
    }

    public static List<Segment> split(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        // the first day of the first month that does not end by `to`
        LocalDate afterLast = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
        List<Segment> segments = new ArrayList<>();
        if (!firstMonth.isBefore(afterLast)) {
            segments.add(new Segment('D', from, to));
            return segments;
        }
        if (from.isBefore(firstMonth)) {
            segments.add(new Segment('D', from, firstMonth.minusDays(1)));
        }
        segments.add(new Segment('M', firstMonth, afterLast.minusMonths(1)));
        if (!afterLast.isAfter(to)) {
            segments.add(new Segment('D', afterLast, to));
        }
        return segments;
    }
}
