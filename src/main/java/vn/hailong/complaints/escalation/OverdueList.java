package vn.hailong.complaints.escalation;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.security.StaffMembers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The overdue list ("5 rõ"): every running step past its due time in the actor's reach — who holds it (assignee and
 * unit), what it is (code, kind, a short text with numbers and e-mail addresses cut out), which step, due when, late
 * by how much in office time, and the status — the latest first. Unit and province managers see their subtree,
 * a handler the cases assigned to them. No citizen identity is ever read, so a denunciation shows none.
 */
@Singleton
public class OverdueList {

    public static final Set<Role> READERS = EnumSet.of(Role.HANDLER, Role.UNIT_MANAGER, Role.PROVINCE_MANAGER);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER);
    static final int LIMIT = 2000;
    static final int SHORT_TEXT = 80;
    private static final Pattern CONTACT = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|\\+?\\d[\\d .-]{5,}\\d");

    /** One late step as listed. {@code lateBy} is office time (8 hours a working day). */
    public record Row(String trackingCode, ComplaintKind kind, String shortText, CaseStatus status, Step step,
                      Instant dueAt, Duration lateBy, @Nullable String assigneeName, @Nullable String unitName,
                      @Nullable String unitCode, boolean escalated, int escalationLevel) {

        public long lateDays() {
            return lateBy.toHours() / 8;
        }

        public long lateHours() {
            return lateBy.toHours() % 8;
        }
    }

    private final OverdueSteps steps;
    private final ComplaintWorkflow workflow;
    private final UnitScope scope;
    private final Directory directory;
    private final StaffMembers staff;
    private final Clock clock;

    OverdueList(OverdueSteps steps, ComplaintWorkflow workflow, UnitScope scope, Directory directory,
                StaffMembers staff, Clock clock) {
        this.steps = steps;
        this.workflow = workflow;
        this.scope = scope;
        this.directory = directory;
        this.staff = staff;
        this.clock = clock;
    }

    /** The late steps within the actor's reach, or within one unit's subtree of it ({@code unitCode}). */
    public List<Row> list(Actor actor, @Nullable String unitCode) {
        Instant now = clock.instant();
        Map<Long, Optional<Unit>> units = new HashMap<>();
        Map<Long, Optional<String>> names = new HashMap<>();
        return steps.late(now, prefix(actor, unitCode), assigneeFilter(actor), LIMIT).stream().map(l -> {
            Optional<Unit> unit = l.handlingUnitId() == null ? Optional.empty()
                    : units.computeIfAbsent(l.handlingUnitId(), directory::unitById);
            Optional<String> assignee = l.assigneeUserId() == null ? Optional.empty()
                    : names.computeIfAbsent(l.assigneeUserId(), id -> staff.byId(id).map(StaffMembers.StaffMember::fullName));
            Duration late = workflow.clockOf(l.handlingUnitId()).officeTimeBetween(l.dueAt(), now);
            // a denunciation's text may name the denouncer: never in lists or exports
            return new Row(l.trackingCode(), l.kind(),
                    l.kind() == ComplaintKind.TO_CAO ? "" : shortText(l.text()), l.status(), l.step(), l.dueAt(), late,
                    assignee.orElse(null), unit.map(Unit::name).orElse(null), unit.map(Unit::code).orElse(null),
                    l.escalatedAt() != null, l.escalationLevel());
        }).sorted(Comparator.comparing(Row::lateBy).reversed().thenComparing(Row::dueAt)).toList();
    }

    /** How many cases are late within the actor's reach (the badge); zero for roles that do not read the list. */
    public long count(Actor actor) {
        if (!READERS.contains(actor.role())) {
            return 0;
        }
        return steps.countLateCases(clock.instant(), scope.subtreePrefix(actor), assigneeFilter(actor));
    }

    private String prefix(Actor actor, @Nullable String unitCode) {
        if (!READERS.contains(actor.role())) {
            throw RuleViolation.forbidden("complaints.overdue.forbidden");
        }
        if (unitCode == null || unitCode.isBlank()) {
            return scope.subtreePrefix(actor);
        }
        Unit unit = directory.unitByCode(unitCode.strip())
                .filter(u -> scope.covers(actor, u.id()))
                .orElseThrow(() -> RuleViolation.invalid("donVi", "organisation.error.unit.unknown", unitCode.strip()));
        return unit.path();
    }

    private static @Nullable Long assigneeFilter(Actor actor) {
        return MANAGERS.contains(actor.role()) ? null : actor.id();
    }

    /** The first words of the text, with phone numbers and e-mail addresses the citizen may have written cut out. */
    static String shortText(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String t = CONTACT.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("…");
        return t.length() <= SHORT_TEXT ? t : t.substring(0, SHORT_TEXT - 1).strip() + "…";
    }
}
