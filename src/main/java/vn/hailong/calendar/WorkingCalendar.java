package vn.hailong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which days are worked: the weekly pattern (Monday–Friday for the civil service, QĐ 188/1999) minus holidays plus
 * make-up working days (làm bù). Pure: it knows nothing of the database; {@link Calendars} builds it from the
 * {@code calendar_days} rows, country rows first and unit overrides after, so that the later (more specific) row
 * for a day wins.
 */
public final class WorkingCalendar {

    private final Set<DayOfWeek> restDays;
    private final Map<LocalDate, DayKind> exceptions;

    private WorkingCalendar(Set<DayOfWeek> restDays, Map<LocalDate, DayKind> exceptions) {
        this.restDays = restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays);
        this.exceptions = Map.copyOf(exceptions);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKING_DAY;
        }
        return !restDays.contains(day.getDayOfWeek());
    }

    /**
     * The n-th working day after {@code start} (the start itself is day 0, product.md §2 "Counting rule");
     * {@code n = 0} gives the start day itself.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        int guard = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
            if (++guard > 3660 + n * 7) {
                throw new IllegalStateException("No working day found after " + start + "; is every day a rest day?");
            }
        }
        return day;
    }

    /** The first working day on or after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < 3660; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("No working day found after " + day + "; is every day a rest day?");
    }

    public static final class Builder {
        private final Set<DayOfWeek> restDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final Map<LocalDate, DayKind> exceptions = new HashMap<>();

        private Builder() {
        }

        public Builder restDays(Set<DayOfWeek> days) {
            restDays.clear();
            restDays.addAll(days);
            return this;
        }

        /** Marks a day; a later mark of the same day replaces an earlier one (unit overrides come last). */
        public Builder mark(LocalDate day, DayKind kind) {
            exceptions.put(day, kind);
            return this;
        }

        public Builder holiday(LocalDate day) {
            return mark(day, DayKind.HOLIDAY);
        }

        public Builder workingDay(LocalDate day) {
            return mark(day, DayKind.WORKING_DAY);
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(restDays, exceptions);
        }
    }
}
