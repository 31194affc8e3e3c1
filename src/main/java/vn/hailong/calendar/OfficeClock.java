package vn.hailong.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Due moments under the counting rule of product.md §2, pure: a {@link WorkingCalendar} (which days), office hours
 * (which times of those days, default 08:00–12:00 and 13:00–17:00) and the local time zone.
 * <ul>
 *   <li>{@code n} working days: the day of the start is day 0; due at the close of office hours of the n-th working
 *       day after it ({@code n = 0}: the close of the first working day on or after the start);</li>
 *   <li>{@code n} working hours: counted inside office hours only, from the start or the next opening;</li>
 *   <li>{@code n} calendar days: the same local clock time n days later.</li>
 * </ul>
 */
public final class OfficeClock {

    /** One stretch of office hours in a working day, start inclusive, end exclusive. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("Office period must end after it starts: " + start + "-" + end);
            }
        }
    }

    public static final List<Period> DEFAULT_HOURS = List.of(
            new Period(LocalTime.of(8, 0), LocalTime.of(12, 0)), new Period(LocalTime.of(13, 0), LocalTime.of(17, 0)));

    private final WorkingCalendar calendar;
    private final List<Period> periods;
    private final ZoneId zone;

    public OfficeClock(WorkingCalendar calendar, List<Period> periods, ZoneId zone) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("At least one office period is needed");
        }
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(java.util.Comparator.comparing(Period::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Office periods overlap: " + sorted);
            }
        }
        this.calendar = calendar;
        this.periods = List.copyOf(sorted);
        this.zone = zone;
    }

    /** Parses "08:00-12:00,13:00-17:00". */
    public static List<Period> parseHours(String text) {
        List<Period> result = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("Office hours look like 08:00-12:00,13:00-17:00, not " + text);
            }
            result.add(new Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
        }
        return result;
    }

    public Instant due(Instant from, int amount, DeadlineUnit unit) {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        return switch (unit) {
            case WORKING_DAYS -> afterWorkingDays(from, amount);
            case WORKING_HOURS -> afterWorkingHours(from, amount);
            case CALENDAR_DAYS -> from.atZone(zone).plusDays(amount).toInstant();
        };
    }

    Instant afterWorkingDays(Instant from, int n) {
        LocalDate start = from.atZone(zone).toLocalDate();
        LocalDate day = n == 0 ? calendar.nextWorkingDay(start) : calendar.plusWorkingDays(start, n);
        return day.atTime(closing()).atZone(zone).toInstant();
    }

    Instant afterWorkingHours(Instant from, int hours) {
        return plusOfficeTime(from, Duration.ofHours(hours));
    }

    /** The moment when {@code officeTime} of office time (whole minutes) has passed after {@code from}. */
    public Instant plusOfficeTime(Instant from, Duration officeTime) {
        long remaining = officeTime.toMinutes();
        LocalDateTime cursor = LocalDateTime.ofInstant(from, zone);
        for (int guard = 0; guard < 366 * 30; guard++) {
            LocalDate day = cursor.toLocalDate();
            if (calendar.isWorkingDay(day)) {
                for (Period p : periods) {
                    LocalDateTime end = day.atTime(p.end());
                    if (cursor.isBefore(end)) {
                        LocalDateTime start = cursor.isAfter(day.atTime(p.start())) ? cursor : day.atTime(p.start());
                        long available = Duration.between(start, end).toMinutes();
                        if (remaining <= available) {
                            return start.plusMinutes(remaining).atZone(zone).toInstant();
                        }
                        remaining -= available;
                        cursor = end;
                    }
                }
            }
            cursor = day.plusDays(1).atStartOfDay();
        }
        throw new IllegalStateException("No office hours found after " + from);
    }

    /** Office time between two moments, in whole minutes; zero when {@code to} is not after {@code from}. */
    public Duration officeTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime a = LocalDateTime.ofInstant(from, zone);
        LocalDateTime b = LocalDateTime.ofInstant(to, zone);
        long minutes = 0;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (Period p : periods) {
                LocalDateTime start = max(day.atTime(p.start()), a);
                LocalDateTime end = min(day.atTime(p.end()), b);
                if (end.isAfter(start)) {
                    minutes += Duration.between(start, end).toMinutes();
                }
            }
        }
        return Duration.ofMinutes(minutes);
    }

    private static LocalDateTime max(LocalDateTime x, LocalDateTime y) {
        return x.isAfter(y) ? x : y;
    }

    private static LocalDateTime min(LocalDateTime x, LocalDateTime y) {
        return x.isBefore(y) ? x : y;
    }

    private LocalTime closing() {
        return periods.get(periods.size() - 1).end();
    }
}
