package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.DeadlineUnit;

import java.time.Duration;
import java.time.Instant;

/** {@link Clockwork} on the working calendar of one unit (its overrides apply), or the country's. */
record CalendarClockwork(Calendars calendars, @Nullable Long unitId) implements Clockwork {

    @Override
    public Instant due(Instant from, int amount, DeadlineUnit unit) {
        return calendars.due(unitId, from, amount, unit);
    }

    @Override
    public Duration officeTimeBetween(Instant from, Instant to) {
        return calendars.officeTimeBetween(unitId, from, to);
    }

    @Override
    public Instant plusOfficeTime(Instant from, Duration officeTime) {
        return calendars.plusOfficeTime(unitId, from, officeTime);
    }
}
