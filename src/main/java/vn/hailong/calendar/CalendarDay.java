package vn.hailong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One exception to the weekly pattern: a holiday or a make-up working day, for the whole country
 * ({@code unitId} null) or overriding it for one unit and its subtree.
 */
@MappedEntity("calendar_days")
public record CalendarDay(
        @Id @GeneratedValue @Nullable Long id,
        String country,
        @Nullable Long unitId,
        LocalDate day,
        DayKind kind,
        String name,
        Instant createdAt,
        Instant updatedAt) {
}
