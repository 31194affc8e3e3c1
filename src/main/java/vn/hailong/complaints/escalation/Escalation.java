package vn.hailong.complaints.escalation;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.StepClock;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What is due on one step clock at a moment, pure: a warning once {@code warnAtPercent} of its time has passed
 * ({@link StepClock#warnAt()}), a breach at its due time, an escalation once it is still open a further time after
 * the breach. Only a running mandatory step counts: an ended, paused or optional one (the first-request clock) owes
 * nothing. Each happens once (the clock remembers {@code warnedAt}, {@code breachedAt}, {@code escalatedAt}); a step
 * first seen past its due time is breached without a warning, since a warning then would say nothing new.
 */
public final class Escalation {

    private Escalation() {
    }

    /**
     * The one system action due on {@code step} at {@code now}, if any.
     *
     * @param escalateAt when a step breached at a moment escalates (the configured further time after the breach,
     *                   counted on the holding unit's calendar)
     */
    public static Optional<CaseAction> due(StepClock step, Instant now, UnaryOperator<Instant> escalateAt) {
        if (!step.isOpen() || step.isPaused() || !step.step().mandatory()) {
            return Optional.empty();
        }
        if (step.breachedAt() == null) {
            if (!now.isBefore(step.dueAt())) {
                return Optional.of(CaseAction.BREACH);
            }
            if (step.warnedAt() == null && !now.isBefore(step.warnAt())) {
                return Optional.of(CaseAction.WARN);
            }
            return Optional.empty();
        }
        if (step.escalatedAt() == null && !now.isBefore(escalateAt.apply(step.breachedAt()))) {
            return Optional.of(CaseAction.ESCALATE);
        }
        return Optional.empty();
    }

    /** Where an escalation goes: the parent of the holding unit; none at the root (nothing above to escalate to). */
    public static Optional<Long> target(@Nullable Long parentOfHolder) {
        return Optional.ofNullable(parentOfHolder);
    }
}
