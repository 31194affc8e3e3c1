package vn.hailong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import vn.hailong.calendar.persistence.CalendarDays;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.time.ClockFactory;

import java.time.Instant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the calendar rows and builds the {@link WorkingCalendar} that applies to the country or to one unit. */
@Singleton
public class Calendars {

    public static final String COUNTRY = "VN";

    private final CalendarDays days;
    private final Directory directory;
    private final List<OfficeClock.Period> officeHours;
    /** An edit not yet written that this view applies on top of the rows (null: the calendar as stored). */
    @Nullable
    private final CalendarChange change;

    Calendars(CalendarDays days, Directory directory,
              @Property(name = "hailong.calendar.office-hours") @Nullable String officeHours) {
        this.days = days;
        this.directory = directory;
        // a default with colons cannot sit in a ${…:default} placeholder, hence the null check
        this.officeHours = officeHours == null || officeHours.isBlank()
                ? OfficeClock.DEFAULT_HOURS : OfficeClock.parseHours(officeHours);
        this.change = null;
    }

    private Calendars(Calendars stored, CalendarChange change) {
        this.days = stored.days;
        this.directory = stored.directory;
        this.officeHours = stored.officeHours;
        this.change = change;
    }

    /**
     * The calendar as it will be after {@code change}: built in memory from the stored rows without the row the change
     * takes away and with the row it puts, so that a preview needs no write (and no rollback).
     */
    public Calendars withChange(CalendarChange change) {
        return new Calendars(this, change);
    }

    /**
     * When something started at {@code from} and given {@code amount} of {@code unit} is due, for a unit (its
     * overrides apply) or the country ({@code unitId} null).
     */
    public Instant due(@Nullable Long unitId, Instant from, int amount, DeadlineUnit unit) {
        LocalDate start = from.atZone(ClockFactory.VIETNAM).toLocalDate();
        // generous range: n working days never span more than ~2n + the longest break (Tết) calendar days
        LocalDate end = start.plusDays(amount * 3L + 60);
        WorkingCalendar calendar = between(unitId, start.minusDays(1), end);
        return new OfficeClock(calendar, officeHours, ClockFactory.VIETNAM).due(from, amount, unit);
    }

    /** Office time between two moments on the calendar of a unit (or the country); zero if {@code to} is not later. */
    public java.time.Duration officeTimeBetween(@Nullable Long unitId, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return java.time.Duration.ZERO;
        }
        return clockBetween(unitId, from, to.atZone(ClockFactory.VIETNAM).toLocalDate()).officeTimeBetween(from, to);
    }

    /** The moment when {@code officeTime} of office time has passed after {@code from}, for a unit (or the country). */
    public Instant plusOfficeTime(@Nullable Long unitId, Instant from, java.time.Duration officeTime) {
        LocalDate start = from.atZone(ClockFactory.VIETNAM).toLocalDate();
        long days = officeTime.toHours() / 8 + 1;
        return clockBetween(unitId, from, start.plusDays(days * 3 + 60)).plusOfficeTime(from, officeTime);
    }

    private OfficeClock clockBetween(@Nullable Long unitId, Instant from, LocalDate to) {
        LocalDate start = from.atZone(ClockFactory.VIETNAM).toLocalDate();
        return new OfficeClock(between(unitId, start.minusDays(1), to), officeHours, ClockFactory.VIETNAM);
    }

    /** Whether {@code at} falls inside office hours of a working day, for a unit (its overrides apply) or the country. */
    public boolean isOfficeHours(@Nullable Long unitId, Instant at) {
        java.time.ZonedDateTime local = at.atZone(ClockFactory.VIETNAM);
        LocalDate day = local.toLocalDate();
        if (!between(unitId, day, day).isWorkingDay(day)) {
            return false;
        }
        java.time.LocalTime time = local.toLocalTime();
        return officeHours.stream().anyMatch(p -> !time.isBefore(p.start()) && time.isBefore(p.end()));
    }

    /** The country's rows of one year, in date order. */
    public List<CalendarDay> countryYear(int year) {
        return days.findCountryDays(COUNTRY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * The calendar for a unit (or the country when {@code unitId} is null) between two dates: country rows,
     * then the overrides of each unit on the path from the root down to this unit, the nearest unit last.
     */
    public WorkingCalendar between(@Nullable Long unitId, LocalDate from, LocalDate to) {
        WorkingCalendar.Builder builder = WorkingCalendar.builder();
        days.findCountryDays(COUNTRY, from, to).stream().filter(this::kept).forEach(d -> builder.mark(d.day(), d.kind()));
        CalendarDay added = change == null ? null : change.added();
        boolean addedInRange = added != null && !added.day().isBefore(from) && !added.day().isAfter(to);
        if (addedInRange && added.unitId() == null) {
            builder.mark(added.day(), added.kind());
        }
        List<Long> path = unitId == null ? List.of() : pathOf(unitId);
        if (!path.isEmpty()) {
            List<CalendarDay> overrides = new ArrayList<>(days.findUnitDays(path, from, to).stream().filter(this::kept).toList());
            if (addedInRange && added.unitId() != null && path.contains(added.unitId())) {
                overrides.add(added);
            }
            overrides.sort(Comparator.comparingInt((CalendarDay d) -> path.indexOf(d.unitId())));
            overrides.forEach(d -> builder.mark(d.day(), d.kind()));
        }
        return builder.build();
    }

    private boolean kept(CalendarDay row) {
        return change == null || change.keeps(row);
    }

    private List<Long> pathOf(long unitId) {
        return directory.unitById(unitId).map(Unit::path).map(p -> {
            List<Long> ids = new ArrayList<>();
            for (String part : p.split("/")) {
                if (!part.isBlank()) {
                    ids.add(Long.parseLong(part));
                }
            }
            return ids;
        }).orElse(List.of(unitId));
    }
}
