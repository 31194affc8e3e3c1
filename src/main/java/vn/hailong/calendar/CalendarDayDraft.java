package vn.hailong.calendar;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * What an admin gives to add or change a calendar row: the day, whether it is off or worked, its name, and for a
 * new row the unit it overrides the country's calendar for ({@code unitCode} null: the whole country).
 */
public record CalendarDayDraft(@Nullable LocalDate day, @Nullable DayKind kind, @Nullable String name,
                               @Nullable String unitCode) {
}
