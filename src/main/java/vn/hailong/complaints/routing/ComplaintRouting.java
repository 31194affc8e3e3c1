package vn.hailong.complaints.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.security.StaffMembers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who handles a case: the handling unit, the team in it and the handler. The routing rules decide the unit and team
 * ({@link RoutingRule#decide}); without a rule, the unit the complaint is about (or the province when it names
 * none). Within the team the case goes to a member by the team's {@link TeamAssignment}; no team or no member who
 * may handle leaves it unassigned, in the team's (or unit's) queue.
 */
@Singleton
public class ComplaintRouting {

    /** What routing looks at. */
    public record Request(ComplaintKind kind, @Nullable Long sectorId, @Nullable Long unitId, String text) {
    }

    /** Where a case goes: the handling unit always, a team and a handler when known. */
    public record Route(long handlingUnitId, @Nullable Long teamId, @Nullable Long assigneeUserId) {
    }

    private static final List<String> OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(Enum::name).toList();

    private final Directory directory;
    private final UnitScope scope;
    private final RoutingRules rules;
    private final HandlingTeams teams;
    private final StaffMembers staff;

    ComplaintRouting(Directory directory, UnitScope scope, RoutingRules rules, HandlingTeams teams, StaffMembers staff) {
        this.directory = directory;
        this.scope = scope;
        this.rules = rules;
        this.teams = teams;
        this.staff = staff;
    }

    /** The route of a new case. */
    @Transactional
    public Route route(Request request) {
        RoutingRule.Subject subject = subject(request);
        Optional<RoutingRule> rule = RoutingRule.decide(rules.active(), subject,
                r -> r.handlingUnitId() == null || scope.isActive(r.handlingUnitId()));
        long unit = rule.map(RoutingRule::handlingUnitId).orElse(null) != null ? rule.get().handlingUnitId()
                : concernedOrProvince(request);
        Optional<HandlingTeams.Team> team = rule.map(RoutingRule::teamId).flatMap(teams::byId)
                .filter(t -> t.active() && t.unitId() == unit);
        return team.isPresent() ? assignIn(unit, team.get()) : within(unit, request);
    }

    /**
     * The team and handler within a given unit (after a transfer or an escalation): the team of the first matching
     * rule that sends cases to this unit with a team, else the unit's only active team, else none.
     */
    @Transactional
    public Route within(long handlingUnitId, Request request) {
        RoutingRule.Subject subject = subject(request);
        Optional<HandlingTeams.Team> team = rules.active().stream().sorted(RoutingRule.ORDER)
                .filter(r -> r.teamId() != null && Long.valueOf(handlingUnitId).equals(r.handlingUnitId()))
                .filter(r -> r.isDefault() || r.matches(subject))
                .map(r -> teams.byId(r.teamId())).flatMap(Optional::stream)
                .filter(t -> t.active() && t.unitId() == handlingUnitId).findFirst();
        if (team.isEmpty()) {
            List<HandlingTeams.Team> own = teams.ofUnits(List.of(handlingUnitId)).stream()
                    .filter(HandlingTeams.Team::active).toList();
            team = own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
        }
        return team.map(t -> assignIn(handlingUnitId, t)).orElseGet(() -> new Route(handlingUnitId, null, null));
    }

    /** The team's next handler by its assignment, recorded as the team's last assigned. */
    private Route assignIn(long unit, HandlingTeams.Team team) {
        Long last = teams.lastAssignedForUpdate(team.id()).orElse(null);
        List<Long> able = teams.members(team.id()).stream().map(staff::byId).flatMap(Optional::stream)
                .filter(StaffMembers.StaffMember::active)
                .filter(m -> ComplaintWorkflow.HANDLING_ROLES.contains(m.role()))
                .filter(m -> reaches(m.unitId(), unit))
                .map(StaffMembers.StaffMember::id).toList();
        TeamAssignment how = TeamAssignment.parse(team.assignment()).orElse(TeamAssignment.LEAST_OPEN);
        Map<Long, Long> open = how == TeamAssignment.LEAST_OPEN && !able.isEmpty()
                ? teams.casesAssigned(able, OPEN) : Map.of();
        Optional<Long> who = how.pick(able, open, last);
        who.ifPresent(id -> teams.setLastAssigned(team.id(), id));
        return new Route(unit, team.id(), who.orElse(null));
    }

    /** Whether staff of {@code staffUnit} see cases held by {@code caseUnit}: the case is in their subtree. */
    private boolean reaches(long staffUnit, long caseUnit) {
        Optional<Unit> holder = directory.unitById(caseUnit);
        Optional<Unit> staffAt = directory.unitById(staffUnit);
        return holder.isPresent() && staffAt.isPresent() && holder.get().path().startsWith(staffAt.get().path());
    }

    private RoutingRule.Subject subject(Request request) {
        String path = request.unitId() == null ? null : directory.unitById(request.unitId()).map(Unit::path).orElse(null);
        return new RoutingRule.Subject(request.kind(), request.sectorId(), path, Keywords.fold(request.text()));
    }

    private long concernedOrProvince(Request request) {
        return request.unitId() != null ? request.unitId()
                : directory.roots().stream().map(Unit::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("No unit tree to route complaints into"));
    }
}
