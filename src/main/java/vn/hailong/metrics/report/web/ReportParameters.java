package vn.hailong.metrics.report.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The unit and dates of a report request, with their defaults: the actor's own unit, from the 1st of January to
 * today. Whether the unit is within the actor's reach is the figures' check.
 */
@Singleton
class ReportParameters {

    record Range(String unitCode, LocalDate from, LocalDate to) {
    }

    private final Directory directory;
    private final Clock clock;

    ReportParameters(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    Range range(Actor actor, @Nullable String unit, @Nullable String from, @Nullable String to) {
        LocalDate today = today();
        LocalDate t = blank(to) ? today : date("to", to);
        LocalDate f = blank(from) ? t.withDayOfYear(1) : date("from", from);
        if (f.isAfter(t)) {
            throw RuleViolation.invalid("from", "feedback.error.period");
        }
        return new Range(unitCode(actor, unit), f, t);
    }

    String unitCode(Actor actor, @Nullable String unit) {
        return blank(unit) ? directory.unitById(actor.unitId()).map(Unit::code).orElseThrow() : unit.strip();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(name, "feedback.error.date", name);
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
