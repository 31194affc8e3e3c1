package vn.hailong.complaints.routing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.StaffMembers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Admins keep the handling teams of their unit subtree and who is in them. A member is a staff account with a
 * handling role that sees the team's cases: at the team's unit or above it, within the admin's subtree.
 */
@Singleton
public class TeamAdmin {

    public static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** A team as an admin writes it; the unit is read only when creating. */
    public record Draft(@Nullable String code, @Nullable String name, @Nullable String unitCode,
                        @Nullable String assignment) {
    }

    private final HandlingTeams teams;
    private final Directory directory;
    private final UnitScope scope;
    private final StaffMembers staff;

    TeamAdmin(HandlingTeams teams, Directory directory, UnitScope scope, StaffMembers staff) {
        this.teams = teams;
        this.directory = directory;
        this.scope = scope;
        this.staff = staff;
    }

    /** The teams of the admin's subtree, by unit then code. */
    public List<HandlingTeams.Team> list(Actor actor) {
        return teams.ofUnits(scope.subtreeIds(actor));
    }

    public HandlingTeams.Team find(Actor actor, long id) {
        return teams.byId(id).filter(t -> scope.covers(actor, t.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("routing.error.team.notFound", id));
    }

    @Transactional
    public HandlingTeams.Team create(Actor actor, Draft d) {
        RuleViolation.Builder v = RuleViolation.builder();
        String code = d.code() == null ? "" : d.code().strip();
        if (code.isEmpty()) {
            v.invalid("code", "routing.error.team.code.required");
        } else if (!CODE.matcher(code).matches()) {
            v.invalid("code", "routing.error.team.code.format");
        } else if (teams.byCode(code).isPresent()) {
            v.conflict("code", "routing.error.team.code.taken", code);
        }
        String name = name(v, d.name());
        String assignment = assignment(v, d.assignment());
        Unit unit = null;
        if (d.unitCode() == null || d.unitCode().isBlank()) {
            v.invalid("unitCode", "routing.error.team.unit.required");
        } else {
            unit = directory.unitByCode(d.unitCode().strip()).filter(u -> scope.covers(actor, u.id())).orElse(null);
            if (unit == null) {
                v.invalid("unitCode", "routing.error.unit.unknown", d.unitCode());
            } else if (!scope.isActive(unit.id())) {
                v.invalid("unitCode", "routing.error.unit.inactive", unit.name());
            }
        }
        v.throwIfAny();
        long id = teams.insert(unit.id(), code, name, assignment);
        return teams.byId(id).orElseThrow();
    }

    @Transactional
    public HandlingTeams.Team update(Actor actor, long id, Draft d) {
        HandlingTeams.Team t = find(actor, id);
        RuleViolation.Builder v = RuleViolation.builder();
        String name = name(v, d.name());
        String assignment = assignment(v, d.assignment());
        v.throwIfAny();
        teams.update(t.id(), name, assignment, t.active());
        return teams.byId(id).orElseThrow();
    }

    @Transactional
    public HandlingTeams.Team setActive(Actor actor, long id, boolean active) {
        HandlingTeams.Team t = find(actor, id);
        teams.update(t.id(), t.name(), t.assignment(), active);
        return teams.byId(id).orElseThrow();
    }

    /** The team's members as staff accounts (inactive ones too, so that the admin sees and removes them). */
    public List<StaffMembers.StaffMember> members(Actor actor, long id) {
        HandlingTeams.Team t = find(actor, id);
        return teams.members(t.id()).stream().map(staff::byId).flatMap(Optional::stream).toList();
    }

    /** Who may join: active handling staff at the team's unit or above it, in the admin's subtree, not yet in. */
    public List<StaffMembers.StaffMember> candidates(Actor actor, long id) {
        HandlingTeams.Team t = find(actor, id);
        List<Long> in = teams.members(t.id());
        return staff.activeIn(reachingUnits(actor, t.unitId()), ComplaintWorkflow.HANDLING_ROLES).stream()
                .filter(m -> !in.contains(m.id())).toList();
    }

    @Transactional
    public StaffMembers.StaffMember addMember(Actor actor, long id, @Nullable String userId) {
        HandlingTeams.Team t = find(actor, id);
        Long uid = null;
        try {
            uid = userId == null || userId.isBlank() ? null : Long.valueOf(userId.strip());
        } catch (NumberFormatException ignored) {
            uid = null;
        }
        if (uid == null) {
            throw RuleViolation.invalid("userId", "routing.error.member.required");
        }
        long chosen = uid;
        StaffMembers.StaffMember member = candidates(actor, id).stream().filter(m -> m.id() == chosen).findFirst()
                .orElseThrow(() -> RuleViolation.invalid("userId", "routing.error.member.unknown"));
        teams.addMember(t.id(), member.id());
        return member;
    }

    @Transactional
    public String removeMember(Actor actor, long id, long userId) {
        HandlingTeams.Team t = find(actor, id);
        if (!teams.isMember(t.id(), userId)) {
            throw RuleViolation.notFound("routing.error.member.notFound");
        }
        teams.removeMember(t.id(), userId);
        return staff.byId(userId).map(StaffMembers.StaffMember::fullName).orElse(String.valueOf(userId));
    }

    /** The team's unit and the units above it that the admin covers. */
    private List<Long> reachingUnits(Actor actor, long unitId) {
        List<Long> ids = new ArrayList<>();
        Optional<Unit> unit = directory.unitById(unitId);
        if (unit.isEmpty()) {
            return ids;
        }
        for (String part : unit.get().path().split("/")) {
            if (!part.isEmpty() && scope.covers(actor, Long.parseLong(part))) {
                ids.add(Long.parseLong(part));
            }
        }
        if (ids.isEmpty()) {
            ids.add(unitId);
        }
        return ids;
    }

    private static String name(RuleViolation.Builder v, @Nullable String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            v.invalid("name", "routing.error.team.name.required");
        } else if (name.length() > MAX_NAME) {
            v.invalid("name", "routing.error.name.tooLong", MAX_NAME);
        }
        return name;
    }

    private static String assignment(RuleViolation.Builder v, @Nullable String typed) {
        return TeamAssignment.parse(typed).map(Enum::name).orElseGet(() -> {
            v.invalid("assignment", "routing.error.team.assignment");
            return null;
        });
    }
}
