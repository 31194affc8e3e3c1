package vn.hailong.complaints.deadlines;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.calendar.Calendars;
import vn.hailong.complaints.ComplaintKind;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * When a new complaint must be answered: its kind's rule from configuration ({@code hailong.complaints.answer-deadline}
 * for every kind, {@code hailong.complaints.answer-deadline-by-kind.<KIND>} to override one), counted from receipt on
 * the working calendar of the complaint's unit (its holiday overrides apply) or the country's when it has no unit.
 * The default, 15 working days, is the PAKN answer time of domain.md table B.8. The complaints workflow will replace
 * this with deadline policies per kind, urgency and step, edited by admins.
 */
@Singleton
public class AnswerDeadlines {

    private final Calendars calendars;
    private final DeadlineRule fallback;
    private final Map<ComplaintKind, DeadlineRule> byKind = new EnumMap<>(ComplaintKind.class);

    AnswerDeadlines(Calendars calendars,
                    @Property(name = "hailong.complaints.answer-deadline") @Nullable String fallback,
                    @Property(name = "hailong.complaints.answer-deadline-by-kind") @Nullable Map<String, String> byKind) {
        this.calendars = calendars;
        this.fallback = fallback == null || fallback.isBlank() ? new DeadlineRule(15, vn.hailong.calendar.DeadlineUnit.WORKING_DAYS)
                : DeadlineRule.parse(fallback);
        if (byKind != null) {
            byKind.forEach((kind, rule) -> this.byKind.put(ComplaintKind.parse(kind).orElseThrow(
                    () -> new IllegalArgumentException("Unknown complaint kind in hailong.complaints.answer-deadline-by-kind: " + kind)),
                    DeadlineRule.parse(rule)));
        }
    }

    public DeadlineRule ruleFor(ComplaintKind kind) {
        return byKind.getOrDefault(kind, fallback);
    }

    public Instant dueAt(ComplaintKind kind, @Nullable Long unitId, Instant receivedAt) {
        DeadlineRule rule = ruleFor(kind);
        return calendars.due(unitId, receivedAt, rule.amount(), rule.unit());
    }
}
