package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.calendar.DeadlineUnit;

import java.time.Duration;
import java.time.Instant;

/**
 * One step's clock: started, due (computed when it starts and stored), maybe paused, maybe ended. The due time is a
 * function of the start, the policy's amount and unit, the time paused and the extensions granted, so that a
 * calendar edit can recompute it ({@link #recomputedDue}). Immutable: each change returns a new clock.
 */
public record StepClock(long id, long caseId, Step step, @Nullable Long policyId, int amount, DeadlineUnit unit,
                        Instant startedAt, Instant dueAt, @Nullable Instant pausedAt, long pausedSeconds,
                        int extensions, int extensionAmount, @Nullable DeadlineUnit extensionUnit,
                        @Nullable Instant endedAt, @Nullable Boolean endedLate, int warnAtPercent,
                        @Nullable Instant warnedAt, @Nullable Instant breachedAt, @Nullable Instant escalatedAt) {

    public static StepClock start(long id, long caseId, DeadlinePolicy policy, Instant at, Clockwork clock) {
        return new StepClock(id, caseId, policy.step(), policy.id(), policy.amount(), policy.unit(), at,
                clock.due(at, policy.amount(), policy.unit()), null, 0, 0, 0, null, null, null,
                policy.warnAtPercent(), null, null, null);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    /** Ended now; late when {@code at} is after the due time (a paused clock cannot be late while paused). */
    public StepClock end(Instant at) {
        boolean late = pausedAt == null ? at.isAfter(dueAt) : pausedAt.isAfter(dueAt);
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, dueAt, null, pausedSeconds,
                extensions, extensionAmount, extensionUnit, at, late, warnAtPercent, warnedAt, breachedAt, escalatedAt);
    }

    /** Ended without being due: an optional clock (the first information request) that nothing needed. */
    public StepClock lapse(Instant at) {
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, dueAt, null, pausedSeconds,
                extensions, extensionAmount, extensionUnit, at, false, warnAtPercent, warnedAt, breachedAt, escalatedAt);
    }

    public StepClock pause(Instant at) {
        if (pausedAt != null) {
            return this;
        }
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, dueAt, at, pausedSeconds,
                extensions, extensionAmount, extensionUnit, endedAt, endedLate, warnAtPercent, warnedAt, breachedAt,
                escalatedAt);
    }

    /**
     * Runs again: the time it stood still is added to the due time — office time for working-time units (a pause of
     * three working days moves the due time three working days), elapsed time for calendar days.
     */
    public StepClock resume(Instant at, Clockwork clock) {
        if (pausedAt == null) {
            return this;
        }
        Duration paused = unit == DeadlineUnit.CALENDAR_DAYS ? positive(Duration.between(pausedAt, at))
                : clock.officeTimeBetween(pausedAt, at);
        Instant due = shift(dueAt, paused, clock);
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, due, null,
                pausedSeconds + paused.toSeconds(), extensions, extensionAmount, extensionUnit, endedAt, endedLate,
                warnAtPercent, warnedAt, breachedAt, escalatedAt);
    }

    /** One more extension of the policy's length; the caller has checked that the policy allows it. */
    public StepClock extend(DeadlinePolicy policy, Clockwork clock) {
        Instant due = clock.due(dueAt, policy.extensionAmount(), policy.extensionUnit());
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, due, pausedAt, pausedSeconds,
                extensions + 1, extensionAmount + policy.extensionAmount(), policy.extensionUnit(), endedAt, endedLate,
                warnAtPercent, warnedAt, breachedAt, escalatedAt);
    }

    /** The due time the stored parts give on the calendar as it is now: start + amount, + pauses, + extensions. */
    public Instant recomputedDue(Clockwork clock) {
        Instant due = clock.due(startedAt, amount, unit);
        due = shift(due, Duration.ofSeconds(pausedSeconds), clock);
        if (extensionAmount > 0 && extensionUnit != null) {
            due = clock.due(due, extensionAmount, extensionUnit);
        }
        return due;
    }

    public StepClock withDue(Instant due) {
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, due, pausedAt, pausedSeconds,
                extensions, extensionAmount, extensionUnit, endedAt, endedLate, warnAtPercent, warnedAt, breachedAt,
                escalatedAt);
    }

    public StepClock warned(Instant at) {
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, dueAt, pausedAt, pausedSeconds,
                extensions, extensionAmount, extensionUnit, endedAt, endedLate, warnAtPercent, at, breachedAt,
                escalatedAt);
    }

    public StepClock breached(Instant at) {
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, dueAt, pausedAt, pausedSeconds,
                extensions, extensionAmount, extensionUnit, endedAt, endedLate, warnAtPercent, warnedAt, at,
                escalatedAt);
    }

    public StepClock escalated(Instant at) {
        return new StepClock(id, caseId, step, policyId, amount, unit, startedAt, dueAt, pausedAt, pausedSeconds,
                extensions, extensionAmount, extensionUnit, endedAt, endedLate, warnAtPercent, warnedAt, breachedAt, at);
    }

    /** The moment when {@code warnAtPercent} of the step's time has passed (in elapsed time, start to due). */
    public Instant warnAt() {
        Duration whole = Duration.between(startedAt, dueAt);
        return startedAt.plus(whole.multipliedBy(warnAtPercent).dividedBy(100));
    }

    private Instant shift(Instant due, Duration paused, Clockwork clock) {
        if (paused.isZero()) {
            return due;
        }
        return unit == DeadlineUnit.CALENDAR_DAYS ? due.plus(paused) : clock.plusOfficeTime(due, paused);
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
