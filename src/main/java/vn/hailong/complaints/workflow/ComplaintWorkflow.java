package vn.hailong.complaints.workflow;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.Calendars;
import vn.hailong.complaints.ComplaintAnswered;
import vn.hailong.complaints.ComplaintInformationRequested;
import vn.hailong.complaints.routing.ComplaintRouting;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.security.StaffMembers;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works cases: checks who may act on which case, runs {@link CaseWork} in the right context (policies in force,
 * the working calendar of the holding unit) and stores the outcome — case, clocks and one event — in one
 * transaction, the case's row locked so that actions on one case never interleave.
 * A case outside the actor's unit subtree does not exist for them (404), whatever the action.
 */
@Singleton
public class ComplaintWorkflow {

    /** Roles that work cases. Officers record complaints but do not handle them; admins configure. */
    public static final Set<Role> HANDLING_ROLES = EnumSet.of(Role.HANDLER, Role.UNIT_MANAGER, Role.PROVINCE_MANAGER);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER);

    /** A case as a handler sees it: state, clocks, trail (internal notes included), and what may be done next. */
    public record CaseFile(ComplaintCase complaint, List<StepClock> steps, List<CaseEvent> events,
                           Set<CaseAction> allowed) {
    }

    private final CaseStore store;
    private final DeadlinePolicies policies;
    private final Calendars calendars;
    private final UnitScope scope;
    private final Directory directory;
    private final ComplaintRouting routing;
    private final StaffMembers staff;
    private final vn.hailong.complaints.routing.HandlingTeams teams;
    private final TimeOrderedIds ids;
    private final WorkflowSettings settings;
    private final ApplicationEventPublisher<Object> events;
    private final Clock clock;

    ComplaintWorkflow(CaseStore store, DeadlinePolicies policies, Calendars calendars, UnitScope scope,
                      Directory directory, ComplaintRouting routing, StaffMembers staff,
                      vn.hailong.complaints.routing.HandlingTeams teams, TimeOrderedIds ids,
                      WorkflowSettings settings, ApplicationEventPublisher<Object> events, Clock clock) {
        this.store = store;
        this.policies = policies;
        this.calendars = calendars;
        this.scope = scope;
        this.directory = directory;
        this.routing = routing;
        this.staff = staff;
        this.teams = teams;
        this.ids = ids;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Starts the clocks of a case just stored by intake and records its filing; runs in intake's transaction. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public ComplaintCase open(long caseId, EventActor by, @Nullable String note) {
        ComplaintCase c = store.lockById(caseId).orElseThrow();
        return store(c, CaseWork.apply(c, store.lockedSteps(caseId), CaseCommand.of(CaseAction.FILE, note),
                context(c, c.receivedAt(), by, c.handlingUnitId())));
    }

    /** The case file for a handler, or 404 when it is not within their reach. */
    @Transactional(readOnly = true)
    public CaseFile file(Actor actor, String trackingCode) {
        ComplaintCase c = visible(actor, trackingCode);
        return new CaseFile(c, store.steps(c.id()), store.events(c.id()), CaseLifecycle.handlerActionsFrom(c.status()));
    }

    /**
     * A handler's action. TRANSFER takes the target unit in {@code command.unitId()} and is routed within it;
     * ASSIGN takes the handler, who must reach the case; a handler may assign only themself, managers anyone.
     */
    @Transactional
    public ComplaintCase act(Actor actor, String trackingCode, CaseCommand command) {
        if (command.action().who() != CaseAction.Who.HANDLER) {
            throw RuleViolation.invalid("type", "complaints.error.type", command.action().name());
        }
        if (actor.role() == Role.ADMIN) {
            // admins configure and may read a case; they do not work it
            throw RuleViolation.forbidden("complaints.error.adminReadOnly");
        }
        ComplaintCase c = lockedVisible(actor, trackingCode);
        CaseCommand cmd = command;
        Long holder = c.handlingUnitId();
        if (command.action() == CaseAction.TRANSFER) {
            Unit target = activeUnit(command.unitId());
            ComplaintRouting.Route route = routing.within(target.id(), routingRequest(c));
            cmd = CaseCommand.transfer(target.id(), route.teamId(), route.assigneeUserId(), command.note());
            holder = target.id();
        } else if (command.action() == CaseAction.ASSIGN) {
            requireAssignable(actor, c, command.assigneeId());
            cmd = CaseCommand.assign(command.assigneeId(), teamFor(c, command.assigneeId()));
        }
        ComplaintCase done = store(c, CaseWork.apply(c, store.lockedSteps(c.id()), cmd,
                context(c, clock.instant(), EventActor.of(actor), holder)));
        tellCitizen(command.action(), done);
        return done;
    }

    /** What the citizen is told of (the SMS feature listens, in this transaction): an information request, an answer. */
    private void tellCitizen(CaseAction action, ComplaintCase done) {
        if (action == CaseAction.REQUEST_INFO) {
            events.publishEvent(new ComplaintInformationRequested(done.id(), done.trackingCode(),
                    done.handlingUnitId(), done.infoRequests(), clock.instant()));
        } else if (action == CaseAction.ANSWER) {
            events.publishEvent(new ComplaintAnswered(done.id(), done.trackingCode(), done.handlingUnitId(),
                    done.reopenCount() + 1, clock.instant()));
        }
    }

    /** Records that a handler was shown the citizen's contact (the caller shows it only after this returns). */
    @Transactional
    public ComplaintCase revealed(Actor actor, String trackingCode) {
        ComplaintCase c = lockedVisible(actor, trackingCode);
        return store(c, CaseWork.apply(c, store.lockedSteps(c.id()), CaseCommand.of(CaseAction.REVEAL_CONTACT, null),
                context(c, clock.instant(), EventActor.of(actor), c.handlingUnitId())));
    }

    /**
     * The citizen rates the answer or reopens the case. The caller has checked the citizen's proof (the last four
     * digits of the phone) and its rate limit.
     */
    @Transactional
    public ComplaintCase citizen(long caseId, CaseCommand command) {
        if (command.action() != CaseAction.RATE_ANSWER && command.action() != CaseAction.REOPEN) {
            throw RuleViolation.invalid("type", "complaints.error.type", command.action().name());
        }
        ComplaintCase c = store.lockById(caseId).orElseThrow(() -> RuleViolation.notFound("complaints.error.notFound"));
        return store(c, CaseWork.apply(c, store.lockedSteps(c.id()), command,
                context(c, clock.instant(), EventActor.citizen(), c.handlingUnitId())));
    }

    /** A system event (warning, breach, escalation, a confirmed deadline move) on one step of a case. */
    @Transactional
    public ComplaintCase system(long caseId, CaseCommand command, String what) {
        if (command.action().who() != CaseAction.Who.SYSTEM || command.action() == CaseAction.FILE) {
            throw new IllegalArgumentException("Not a system event: " + command.action());
        }
        ComplaintCase c = store.lockById(caseId).orElseThrow();
        CaseCommand cmd = command;
        Long holder = c.handlingUnitId();
        if (command.action() == CaseAction.ESCALATE) {
            ComplaintRouting.Route route = routing.within(command.unitId(), routingRequest(c));
            cmd = CaseCommand.escalate(command.stepId(), command.unitId(), route.teamId(), route.assigneeUserId());
            holder = command.unitId();
        }
        return store(c, CaseWork.apply(c, store.lockedSteps(c.id()), cmd, context(c, clock.instant(), EventActor.system(what), holder)));
    }

    /** The working calendar that counts a case's clocks: that of the unit holding it. */
    public Clockwork clockOf(@Nullable Long unitId) {
        return new CalendarClockwork(calendars, unitId);
    }

    /** Whether the actor may see the citizen's identity: the assigned handler, or for a denunciation the case's team. */
    public boolean seesIdentity(Actor actor, ComplaintCase c, java.util.function.LongPredicate inTeam) {
        if (actor.kind() != Actor.Kind.USER) {
            return false;
        }
        if (c.assigneeUserId() != null && c.assigneeUserId() == actor.id()) {
            return true;
        }
        return c.confidential() && c.teamId() != null && inTeam.test(c.teamId());
    }

    /** The case under its row lock, read once: a plain read before the lock could see it before a transfer. */
    private ComplaintCase lockedVisible(Actor actor, String trackingCode) {
        return reachable(actor, store.lockByCode(normalised(trackingCode)));
    }

    private ComplaintCase visible(Actor actor, String trackingCode) {
        return reachable(actor, store.byCode(normalised(trackingCode)));
    }

    /** A case outside the actor's subtree, or for a role that does not handle cases, does not exist for them. */
    private ComplaintCase reachable(Actor actor, Optional<ComplaintCase> found) {
        ComplaintCase c = found.filter(x -> HANDLING_ROLES.contains(actor.role()) || actor.role() == Role.ADMIN)
                .filter(x -> x.handlingUnitId() != null && scope.covers(actor, x.handlingUnitId()))
                .orElse(null);
        if (c == null) {
            throw RuleViolation.notFound("complaints.error.notFound");
        }
        return c;
    }

    private static String normalised(String trackingCode) {
        return trackingCode == null ? "" : trackingCode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The team a case goes with when assigned: the case's team if the handler is in it, else a team of the handler's
     * in the holding unit, else none — so that a denouncer's identity follows the case to its new team only.
     */
    @Nullable
    private Long teamFor(ComplaintCase c, long assigneeId) {
        if (c.teamId() != null && teams.isMember(c.teamId(), assigneeId)) {
            return c.teamId();
        }
        return teams.teamsOf(assigneeId).stream()
                .filter(id -> teams.byId(id).map(t -> Long.valueOf(t.unitId()).equals(c.handlingUnitId())).orElse(false))
                .findFirst().orElse(null);
    }

    private void requireAssignable(Actor actor, ComplaintCase c, @Nullable Long assigneeId) {
        if (assigneeId == null) {
            throw RuleViolation.invalid("assignee", "complaints.error.assignee.required");
        }
        if (!MANAGERS.contains(actor.role()) && !(actor.kind() == Actor.Kind.USER && actor.id() == assigneeId)) {
            throw RuleViolation.forbidden("complaints.error.assignee.onlySelf");
        }
        StaffMembers.StaffMember member = staff.byId(assigneeId).filter(StaffMembers.StaffMember::active)
                .filter(m -> HANDLING_ROLES.contains(m.role()))
                .orElseThrow(() -> RuleViolation.invalid("assignee", "complaints.error.assignee.unknown"));
        if (!reaches(member.unitId(), c.handlingUnitId())) {
            throw RuleViolation.invalid("assignee", "complaints.error.assignee.outOfReach");
        }
    }

    /** Whether staff of {@code staffUnit} see cases held by {@code caseUnit}: the case is in their subtree. */
    private boolean reaches(long staffUnit, Long caseUnit) {
        if (caseUnit == null) {
            return false;
        }
        Optional<Unit> holder = directory.unitById(caseUnit);
        Optional<Unit> staffAt = directory.unitById(staffUnit);
        return holder.isPresent() && staffAt.isPresent() && holder.get().path().startsWith(staffAt.get().path());
    }

    private Unit activeUnit(@Nullable Long unitId) {
        if (unitId == null) {
            throw RuleViolation.invalid("unitCode", "complaints.error.transfer.unit");
        }
        Unit unit = directory.unitById(unitId).orElseThrow(() -> RuleViolation.invalid("unitCode",
                "complaints.error.transfer.unit"));
        if (!scope.isActive(unit.id())) {
            throw RuleViolation.invalid("unitCode", "complaints.error.transfer.inactive", unit.code());
        }
        return unit;
    }

    private static ComplaintRouting.Request routingRequest(ComplaintCase c) {
        return new ComplaintRouting.Request(c.kind(), c.sectorId(), c.unitId(), c.text());
    }

    private CaseWork.Context context(ComplaintCase c, Instant at, EventActor by, @Nullable Long holder) {
        return new CaseWork.Context(at, by, policies.inForce(c.caseType(), at.atZone(ClockFactory.VIETNAM).toLocalDate()),
                policies::byId, clockOf(holder), ids::next, settings.getReopenWindow());
    }

    private ComplaintCase store(ComplaintCase before, CaseWork.Outcome outcome) {
        store.update(outcome.updated());
        store.insertSteps(outcome.startedSteps());
        store.updateSteps(outcome.changedSteps());
        store.append(outcome.event());
        return outcome.updated().toBuilder().version(before.version() + 1).build();
    }
}
