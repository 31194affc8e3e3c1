package vn.hailong.complaints.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.CalendarChange;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.DeadlineDependents;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.Clockwork;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The complaint step clocks as dependents of the holiday calendar: which open due times an edit moves, and moving
 * them on confirmation. A step moves when its due time recomputed ({@link StepClock#recomputedDue}) on the calendar as
 * it will be ({@link Calendars#withChange}, built in memory) differs from the one recomputed on the calendar as it is;
 * the new due time is the former. Ended steps, closed cases and due times already passed never move.
 */
@Singleton
class CalendarEditDeadlines implements DeadlineDependents {

    static final String ACTOR = "calendar";

    private final OverdueSteps steps;
    private final CaseStore store;
    private final ComplaintWorkflow workflow;
    private final Calendars calendars;
    private final Directory directory;
    private final Clock clock;

    CalendarEditDeadlines(OverdueSteps steps, CaseStore store, ComplaintWorkflow workflow, Calendars calendars,
                          Directory directory, Clock clock) {
        this.steps = steps;
        this.store = store;
        this.workflow = workflow;
        this.calendars = calendars;
        this.directory = directory;
        this.clock = clock;
    }

    private record Move(long caseId, StepClock step, Instant newDue, String code) {
        Moved shown() {
            return new Moved(code, "complaints.overdue.step." + step.step().name(), step.dueAt(), newDue);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Moved> preview(CalendarChange change) {
        List<Moved> result = new ArrayList<>();
        byCase(change).forEach((caseId, stepIds) -> store.byId(caseId)
                .ifPresent(c -> moves(c, stepIds, change, false).forEach(m -> result.add(m.shown()))));
        return result;
    }

    @Override
    @Transactional
    public List<Moved> recompute(CalendarChange change) {
        List<Moved> result = new ArrayList<>();
        String why = "Lịch nghỉ thay đổi (" + change.days().stream().map(Object::toString)
                .reduce((a, b) -> a + ", " + b).orElse("") + ")";
        byCase(change).forEach((caseId, stepIds) -> {
            // decided again under the case's lock, on the clocks as they are now
            ComplaintCase c = store.lockById(caseId).orElse(null);
            if (c == null || !c.status().isOpen()) {
                return;
            }
            for (Move m : moves(c, stepIds, change, true)) {
                workflow.system(caseId, CaseCommand.moveDeadline(m.step().id(), m.newDue(), why), ACTOR);
                result.add(m.shown());
            }
        });
        return result;
    }

    private Map<Long, List<Long>> byCase(CalendarChange change) {
        Instant from = change.firstDay().atStartOfDay(ClockFactory.VIETNAM).toInstant();
        Instant to = change.lastDay().plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant();
        String prefix = change.scopeUnitId() == null ? null
                : directory.unitById(change.scopeUnitId()).map(Unit::path).orElse(null);
        if (change.scopeUnitId() != null && prefix == null) {
            return Map.of();
        }
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (OverdueSteps.Candidate c : steps.openAcross(from, to, clock.instant(), prefix)) {
            result.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(c.stepId());
        }
        return result;
    }

    /** @param locked under the case's lock (recompute) the clocks are read with a locking read; a preview reads only */
    private List<Move> moves(ComplaintCase c, List<Long> stepIds, CalendarChange change, boolean locked) {
        Clockwork now = workflow.clockOf(c.handlingUnitId());
        Clockwork then = new ChangedCalendar(calendars.withChange(change), c.handlingUnitId());
        List<Move> result = new ArrayList<>();
        for (StepClock s : locked ? store.lockedSteps(c.id()) : store.steps(c.id())) {
            if (!stepIds.contains(s.id()) || !s.isOpen()) {
                continue;
            }
            Instant before = s.recomputedDue(now);
            Instant after = s.recomputedDue(then);
            if (!before.equals(after) && !Objects.equals(after, s.dueAt())) {
                result.add(new Move(c.id(), s, after, c.trackingCode()));
            }
        }
        return result;
    }

    /** The working calendar of one unit with the edit applied. */
    private record ChangedCalendar(Calendars calendars, @Nullable Long unitId) implements Clockwork {

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
}
