package vn.hailong.calendar.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.DayKind;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import io.micronaut.security.authentication.Authentication;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/v1/calendar/holidays?year=2026}: the country's days off and make-up working days of a year;
 * {@code GET /api/v1/calendar/deadline?from=…&amount=n&unit=WORKING_DAYS|WORKING_HOURS|CALENDAR_DAYS[&unitCode=]}:
 * when that is due (product.md §4.7).
 */
@Controller("/api/v1/calendar")
@ExecuteOn(TaskExecutors.BLOCKING)
// every role but KIOSK: kiosk tokens only submit ratings and complaints and read kiosk config (product.md §4.2)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER", "INTEGRATION"})
@Tag(name = "Calendar")
class CalendarApiController {

    private final Calendars calendars;
    private final Directory directory;
    private final UnitScope scope;

    CalendarApiController(Calendars calendars, Directory directory, UnitScope scope) {
        this.calendars = calendars;
        this.directory = directory;
        this.scope = scope;
    }

    /**
     * @param from     the start, an ISO 8601 instant with offset, e.g. 2026-02-12T16:59:00+07:00
     * @param amount   how many units, 0 to 3650
     * @param unit     WORKING_DAYS, WORKING_HOURS or CALENDAR_DAYS
     * @param unitCode the unit whose calendar applies (default: the country's)
     */
    @Get("/deadline")
    @Operation(operationId = "computeDeadline", summary = "Compute a legal deadline", description = "When `amount` working days, working hours or calendar days counted from `from` end, after the holiday calendar (of `unitCode`, when given).")
    @ApiResponse(responseCode = "200", description = "The due moment, in Vietnam time (+07:00)", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    DeadlineView deadline(@Nullable @QueryValue String from, @Nullable @QueryValue String amount,
                          @Nullable @QueryValue String unit, @Nullable @QueryValue String unitCode,
                          Authentication auth) {
        Instant start = instant(from);
        int n = amount(amount);
        DeadlineUnit u = unit(unit);
        Long unitId = null;
        if (unitCode != null && !unitCode.isBlank()) {
            Unit target = directory.unitByCode(unitCode.strip()).orElseThrow(
                    () -> RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
            scope.requireVisible(Actor.of(auth), target.id(), unitCode);
            unitId = target.id();
        }
        Instant due = calendars.due(unitId, start, n, u);
        return new DeadlineView(due.atZone(ClockFactory.VIETNAM).toOffsetDateTime());
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("from", "calendar.error.fromRequired");
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                parsed = Instant.parse(value.strip());
            } catch (DateTimeParseException e2) {
                throw RuleViolation.invalid("from", "calendar.error.instant", value);
            }
        }
        // the calendar knows the years of listHolidays; far outside them a date cannot even be formed (a 500)
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            throw RuleViolation.invalid("from", "calendar.error.instantRange", value);
        }
        return parsed;
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private static int amount(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n >= 0 && n <= 3650) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw RuleViolation.invalid("amount", "calendar.error.amount");
    }

    private static DeadlineUnit unit(String value) {
        try {
            return DeadlineUnit.valueOf(value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("unit", "calendar.error.unit");
        }
    }

    @Serdeable
    record DeadlineView(OffsetDateTime dueAt) {
    }

    /**
     * @param year the year, 1900 to 2200
     */
    @Get("/holidays")
    @Operation(operationId = "listHolidays", summary = "List a year's days off and make-up working days")
    @ApiResponse(responseCode = "200", description = "The year's days off and make-up working days, by date", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    List<DayView> holidays(@Nullable @QueryValue String year) {
        int y = year(year);
        return calendars.countryYear(y).stream().map(d -> new DayView(d.day(), d.kind(), d.name())).toList();
    }

    private static int year(String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid("year", "calendar.error.yearRequired");
        }
        try {
            int y = Integer.parseInt(value.strip());
            if (y >= 1900 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw RuleViolation.invalid("year", "calendar.error.year", value);
    }

    @Serdeable
    record DayView(LocalDate date, DayKind kind, String name) {
    }
}
