package vn.hailong.calendar.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.DayKind;
import vn.hailong.shared.errors.RuleViolation;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/calendar/holidays?year=2026}: the country's days off and make-up working days of a year. */
@Controller("/api/v1/calendar")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Calendar")
class HolidayApiController {

    private final Calendars calendars;

    HolidayApiController(Calendars calendars) {
        this.calendars = calendars;
    }

    @Get("/holidays")
    List<DayView> holidays(@Nullable @QueryValue String year) {
        int y = year(year);
        return calendars.countryYear(y).stream().map(d -> new DayView(d.day(), d.kind(), d.name())).toList();
    }

    private static int year(String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("year", "Tham số year là bắt buộc, ví dụ year=2026 (year is required).");
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y >= 1900 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw RuleViolation.invalid("year", "Năm không hợp lệ: " + value + " (year must be 1900..2200).");
    }

    @Serdeable
    record DayView(LocalDate date, DayKind kind, String name) {
    }
}
