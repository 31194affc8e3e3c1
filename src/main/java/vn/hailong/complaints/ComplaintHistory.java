package vn.hailong.complaints;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.calendar.OfficeClock;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.CaseType;
import vn.hailong.complaints.workflow.CaseWork;
import vn.hailong.complaints.workflow.Clockwork;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.DeadlinePolicies;
import vn.hailong.complaints.workflow.DeadlinePolicy;
import vn.hailong.complaints.workflow.EventActor;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.complaints.workflow.WorkflowSettings;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.time.ClockFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Loads complaints of the past in bulk (the demo's year of cases), fast and true to the workflow: each case's
 * actions are replayed through {@link CaseWork} at their own past moments (the lifecycle refuses an illegal step,
 * the clocks start, pause, extend and end per the deadline policies in force on that day), then the cases, their
 * step clocks and their events are written with multi-row INSERTs, all in one transaction (an interrupted load
 * leaves nothing behind). The clocks count on the country's working calendar (unit overrides do not apply to
 * history). What a live action checks about the actor (scope, role) is the caller's job: trusted code describing
 * history. Ids are {@link TimeOrderedIds#historical} of the receipt moments, so a re-load gives the same ids.
 */
@Singleton
public class ComplaintHistory {

    /** Idempotency scope of loaded history: its keys never meet a live client's. */
    public static final String HISTORY_SCOPE = "history";
    static final int BATCH = 250;

    /** One action of a case's past. */
    public record HistoricAction(Instant at, EventActor by, CaseCommand command) {
    }

    /**
     * One case of the past, its ids resolved, and what happened to it in time order.
     *
     * @param key    unique, the idempotency key it is stored under (scope {@link #HISTORY_SCOPE})
     * @param filedBy who filed it (the citizen, or the officer who recorded it at the counter or on the phone)
     */
    public record HistoricCase(String key, String trackingCode, ComplaintKind kind, @Nullable Integer instance,
                               Urgency urgency, String channel, @Nullable Long unitId, long handlingUnitId,
                               @Nullable Long teamId, @Nullable Long assigneeUserId, @Nullable Long sectorId,
                               @Nullable Long officerId, @Nullable Long counterId, @Nullable Long procedureId,
                               String text, @Nullable PhoneNumber phone, @Nullable String citizenName,
                               Instant receivedAt, EventActor filedBy, List<HistoricAction> actions) {
    }

    /** A case as replayed: its final state, its clocks and its trail, ready to store. */
    public record Replayed(HistoricCase source, ComplaintCase state, List<StepClock> steps, List<CaseEvent> events) {
    }

    /** Where the rows go; SQL in {@code complaints.persistence}. */
    public interface Store {
        boolean anyKeyStartingWith(String prefix);

        long countKeysStartingWith(String prefix);

        void insertAll(List<Replayed> cases);
    }

    private final Store store;
    private final DeadlinePolicies policies;
    private final Calendars calendars;
    private final WorkflowSettings settings;
    private final List<OfficeClock.Period> officeHours;

    ComplaintHistory(Store store, DeadlinePolicies policies, Calendars calendars, WorkflowSettings settings,
                     @Property(name = "hailong.calendar.office-hours") @Nullable String officeHours) {
        this.store = store;
        this.policies = policies;
        this.calendars = calendars;
        this.settings = settings;
        this.officeHours = officeHours == null || officeHours.isBlank()
                ? OfficeClock.DEFAULT_HOURS : OfficeClock.parseHours(officeHours);
    }

    public boolean exists(String keyPrefix) {
        return store.anyKeyStartingWith(keyPrefix);
    }

    public long count(String keyPrefix) {
        return store.countKeysStartingWith(keyPrefix);
    }

    /**
     * Replays and stores the cases, which must come in order of receipt, each with its actions in time order.
     *
     * @return how many cases and events were stored
     * @throws vn.hailong.shared.errors.RuleViolation when an action is not allowed where the case stands then
     */
    @Transactional
    public long[] append(List<HistoricCase> cases) {
        if (cases.isEmpty()) {
            return new long[] {0, 0};
        }
        LocalDate first = cases.get(0).receivedAt().atZone(ClockFactory.VIETNAM).toLocalDate();
        LocalDate last = cases.get(cases.size() - 1).receivedAt().atZone(ClockFactory.VIETNAM).toLocalDate();
        Clockwork clock = new CountryClockwork(new OfficeClock(calendars.between(null, first.minusDays(2),
                last.plusYears(1).plusDays(200)), officeHours, ClockFactory.VIETNAM));
        // every policy row once (a handful), so that replaying a year asks the database nothing per step
        List<DeadlinePolicy> all = policies.all().stream()
                .sorted(java.util.Comparator.comparing(DeadlinePolicy::effectiveFrom).reversed()
                        .thenComparing(DeadlinePolicy::id, java.util.Comparator.reverseOrder())).toList();
        Map<String, List<DeadlinePolicy>> inForce = new HashMap<>();
        Map<Long, Optional<DeadlinePolicy>> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.id(), Optional.of(p)));
        HistoricIds ids = new HistoricIds();
        List<Replayed> batch = new ArrayList<>(BATCH);
        long events = 0;
        Instant previous = Instant.MIN;
        for (HistoricCase h : cases) {
            if (h.receivedAt().isBefore(previous)) {
                throw new IllegalArgumentException("Historic cases must come in order of receipt; " + h.key()
                        + " is earlier than the case before it.");
            }
            previous = h.receivedAt();
            Replayed r = replay(h, clock, all, inForce, byId, ids);
            events += r.events().size();
            batch.add(r);
            if (batch.size() == BATCH) {
                store.insertAll(batch);
                batch.clear();
            }
        }
        store.insertAll(batch);
        return new long[] {cases.size(), events};
    }

    private Replayed replay(HistoricCase h, Clockwork clock, List<DeadlinePolicy> all,
                            Map<String, List<DeadlinePolicy>> inForce,
                            Map<Long, Optional<DeadlinePolicy>> byId, HistoricIds ids) {
        ids.moveTo(h.receivedAt());
        ComplaintCase c = new ComplaintCase(ids.getAsLong(), h.trackingCode(), h.kind(), h.instance(), h.urgency(),
                false, CaseStatus.RECEIVED, h.channel(), h.unitId(), h.handlingUnitId(), h.teamId(),
                h.assigneeUserId(), h.sectorId(), h.officerId(), h.counterId(), h.procedureId(), null, null, null,
                h.text(), h.phone() == null ? null : h.phone().lastFour(), h.phone() != null, h.citizenName() != null,
                false, null, h.receivedAt(), h.receivedAt(), null, null, null, null, null, null, null, null, 0, 0, 0,
                0, 0);
        Map<Long, StepClock> steps = new LinkedHashMap<>();
        List<CaseEvent> events = new ArrayList<>();
        List<HistoricAction> actions = new ArrayList<>();
        actions.add(new HistoricAction(h.receivedAt(), h.filedBy(), CaseCommand.of(CaseAction.FILE, null)));
        actions.addAll(h.actions());
        Instant before = h.receivedAt();
        for (HistoricAction a : actions) {
            if (a.at().isBefore(before)) {
                throw new IllegalArgumentException("The actions of " + h.key() + " must come in time order");
            }
            before = a.at();
            CaseType type = c.caseType();
            LocalDate day = a.at().atZone(ClockFactory.VIETNAM).toLocalDate();
            List<DeadlinePolicy> rows = inForce.computeIfAbsent(type + "/" + day, k -> all.stream()
                    .filter(p -> p.caseType() == type && p.inForceOn(day)).toList());
            CaseWork.Context ctx = new CaseWork.Context(a.at(), a.by(), rows,
                    id -> byId.computeIfAbsent(id, policies::byId), clock, ids, settings.getReopenWindow());
            CaseWork.Outcome o = CaseWork.apply(c, List.copyOf(steps.values()), a.command(), ctx);
            o.startedSteps().forEach(s -> steps.put(s.id(), s));
            o.changedSteps().forEach(s -> steps.put(s.id(), s));
            CaseEvent e = o.event();
            events.add(new CaseEvent(e.id(), e.caseId(), events.size() + 1, e.at(), e.type(), e.step(), e.actor(),
                    e.statusBefore(), e.statusAfter(), e.note(), e.internal(), e.data(), e.unitId()));
            c = o.updated().toBuilder().version(c.version() + 1).build();
        }
        return new Replayed(h, c, List.copyOf(steps.values()), List.copyOf(events));
    }

    /** Historical ids from the receipt moment of the case at hand on, never the same twice. */
    private static final class HistoricIds implements LongSupplier {
        private long ms = Long.MIN_VALUE;
        private int sequence;

        void moveTo(Instant at) {
            long m = at.toEpochMilli();
            if (m > ms) {
                ms = m;
                sequence = 0;
            }
        }

        @Override
        public long getAsLong() {
            if (sequence >= TimeOrderedIds.SEQUENCES_PER_MS) {
                ms++;
                sequence = 0;
            }
            return TimeOrderedIds.historical(ms, sequence++);
        }
    }

    /** The country's working calendar, loaded once for the whole history. */
    private record CountryClockwork(OfficeClock office) implements Clockwork {
        @Override
        public Instant due(Instant from, int amount, DeadlineUnit unit) {
            return office.due(from, amount, unit);
        }

        @Override
        public Duration officeTimeBetween(Instant from, Instant to) {
            return to.isAfter(from) ? office.officeTimeBetween(from, to) : Duration.ZERO;
        }

        @Override
        public Instant plusOfficeTime(Instant from, Duration officeTime) {
            return office.plusOfficeTime(from, officeTime);
        }
    }
}
