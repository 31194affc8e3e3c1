package vn.hailong.calendar;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * An edit of the holiday calendar not yet written: the row it takes away ({@code removedRowId}, for a change or a
 * removal) and the row it puts ({@code added}, for an addition or a change), in the scope of the whole country
 * ({@code scopeUnitId} null) or of one unit's subtree. {@link Calendars#withChange} gives the calendar as it will be.
 *
 * @param days the dates whose kind may change (the old and the new date of a changed row)
 */
public record CalendarChange(@Nullable Long removedRowId, @Nullable CalendarDay added, @Nullable Long scopeUnitId,
                             List<LocalDate> days) {

    public CalendarChange {
        days = List.copyOf(days);
    }

    public static CalendarChange adding(CalendarDay row) {
        return new CalendarChange(null, row, row.unitId(), List.of(row.day()));
    }

    public static CalendarChange changing(CalendarDay before, CalendarDay after) {
        return new CalendarChange(before.id(), after, before.unitId(),
                Stream.of(before.day(), after.day()).distinct().sorted().toList());
    }

    public static CalendarChange removing(CalendarDay row) {
        return new CalendarChange(row.id(), null, row.unitId(), List.of(row.day()));
    }

    public LocalDate firstDay() {
        return days.get(0);
    }

    public LocalDate lastDay() {
        return days.get(days.size() - 1);
    }

    /** Whether the calendar as it will be keeps a stored row. */
    boolean keeps(CalendarDay row) {
        return removedRowId == null || !removedRowId.equals(row.id());
    }
}
