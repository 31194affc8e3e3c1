package vn.hailong.complaints.escalation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.ComplaintEscalated;
import vn.hailong.complaints.ComplaintOverdue;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.Clockwork;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation scan: finds the step clocks that may owe a warning, a breach or an escalation and records each
 * through {@link ComplaintWorkflow#system}. Safe on several nodes at once: each step is decided again inside its own
 * transaction after the case's row is locked (the lock {@code system} takes too), on the clock's state as it is
 * then, so a second scanner waiting on the lock finds the warning already there and does nothing. Called by
 * {@link EscalationJob} on a schedule, and directly by tests with their own clock.
 */
@Singleton
public class EscalationScan {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationScan.class);
    static final String ACTOR = "escalation";

    private final OverdueSteps steps;
    private final OneStep one;
    private final EscalationSettings settings;
    private final Clock clock;

    EscalationScan(OverdueSteps steps, OneStep one, EscalationSettings settings, Clock clock) {
        this.steps = steps;
        this.one = one;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass over what is due now; returns how many of each action it recorded. */
    public Map<CaseAction, Integer> scan() {
        Instant now = clock.instant();
        Map<CaseAction, Integer> done = new EnumMap<>(CaseAction.class);
        for (OverdueSteps.Candidate c : steps.candidates(now,
                // n working days are never fewer than n calendar days
                now.minus(java.time.Duration.ofDays(settings.getEscalateAfterWorkingDays())), settings.getBatchSize())) {
            try {
                one.handle(c.caseId(), c.stepId(), now).ifPresent(a -> done.merge(a, 1, Integer::sum));
            } catch (RuntimeException e) {
                // one case's trouble (e.g. a unit gone) must not stop the scan of the others
                LOG.warn("Escalation of step {} of case {} failed: {}", c.stepId(), c.caseId(), e.toString());
            }
        }
        if (!done.isEmpty()) {
            LOG.info("Escalation scan: {}", done);
        }
        return done;
    }

    /** One step under its case's lock: decided again there, recorded at most once. */
    @Singleton
    public static class OneStep {

        private final CaseStore store;
        private final ComplaintWorkflow workflow;
        private final Directory directory;
        private final EscalationSettings settings;
        private final ApplicationEventPublisher<Object> events;

        OneStep(CaseStore store, ComplaintWorkflow workflow, Directory directory, EscalationSettings settings,
                ApplicationEventPublisher<Object> events) {
            this.store = store;
            this.workflow = workflow;
            this.directory = directory;
            this.settings = settings;
            this.events = events;
        }

        @Transactional
        public Optional<CaseAction> handle(long caseId, long stepId, Instant now) {
            ComplaintCase c = store.lockById(caseId).orElse(null);
            if (c == null || !c.status().isOpen()) {
                return Optional.empty();
            }
            StepClock step = store.lockedSteps(caseId).stream().filter(s -> s.id() == stepId).findFirst().orElse(null);
            if (step == null) {
                return Optional.empty();
            }
            Clockwork calendar = workflow.clockOf(c.handlingUnitId());
            Optional<CaseAction> due = Escalation.due(step, now,
                    breach -> calendar.due(breach, settings.getEscalateAfterWorkingDays(), DeadlineUnit.WORKING_DAYS));
            if (due.isEmpty()) {
                return due;
            }
            CaseAction action = due.get();
            if (action == CaseAction.ESCALATE) {
                Optional<Long> parent = Optional.ofNullable(c.handlingUnitId()).flatMap(directory::unitById)
                        .map(Unit::parentId).flatMap(Escalation::target);
                if (parent.isEmpty()) {
                    return Optional.empty();
                }
                ComplaintCase after = workflow.system(caseId, CaseCommand.escalate(stepId, parent.get(), null, null), ACTOR);
                events.publishEvent(new ComplaintEscalated(caseId, c.trackingCode(), c.kind(), step.step().name(),
                        c.handlingUnitId(), parent.get(), after.escalationLevel(), now));
            } else {
                workflow.system(caseId, CaseCommand.onStep(action, stepId), ACTOR);
                events.publishEvent(new ComplaintOverdue(caseId, c.trackingCode(), c.kind(), step.step().name(),
                        action == CaseAction.BREACH, c.handlingUnitId(), c.assigneeUserId(), step.dueAt(), now));
            }
            return due;
        }
    }
}
