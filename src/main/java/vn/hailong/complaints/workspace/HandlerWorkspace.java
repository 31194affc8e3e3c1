package vn.hailong.complaints.workspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.ComplaintStore;
import vn.hailong.complaints.routing.HandlingTeams;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.paging.PageWindow;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.security.StaffMembers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handler's workspace (issue 9 §6): the queues of cases within the actor's unit subtree, one case as its handler
 * sees it (the citizen's contact masked unless the actor may see it, a denouncer's identity for the case's team
 * only), the contact shown on purpose (logged first), and bulk assignment by managers. The actions themselves go
 * through {@link ComplaintWorkflow#act}.
 */
@Singleton
public class HandlerWorkspace {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER);
    /** how much of a case's text a list shows */
    static final int SHORT_TEXT = 120;

    private final CaseQueue queue;
    private final CaseStore cases;
    private final ComplaintStore complaints;
    private final ComplaintWorkflow workflow;
    private final HandlingTeams teams;
    private final StaffMembers staff;
    private final UnitScope scope;
    private final Directory directory;
    private final AnswerTemplates templates;
    private final WorkspaceSettings settings;
    private final Clock clock;

    HandlerWorkspace(CaseQueue queue, CaseStore cases, ComplaintStore complaints, ComplaintWorkflow workflow,
                     HandlingTeams teams, StaffMembers staff, UnitScope scope, Directory directory,
                     AnswerTemplates templates, WorkspaceSettings settings, Clock clock) {
        this.queue = queue;
        this.cases = cases;
        this.complaints = complaints;
        this.workflow = workflow;
        this.teams = teams;
        this.staff = staff;
        this.scope = scope;
        this.directory = directory;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    /** One row of a queue: the case without anything personal, its clock's state, who holds it. */
    public record QueueRow(CaseQueue.Row row, String shortText, SlaState sla, @Nullable String assigneeName,
                           boolean confidential) {
    }

    /** One page of a tab, with the count of every tab under the same filters. */
    public record QueuePage(List<QueueRow> rows, PageWindow window, Map<CaseQueue.Tab, Long> counts, Instant now,
                            Instant soon) {
    }

    @Transactional(readOnly = true)
    public QueuePage queue(Actor actor, CaseQueue.Filter filter, long requestedPage) {
        requireHandling(actor);
        CaseQueue.Scope s = scopeOf(actor);
        long total = queue.count(s, filter);
        PageWindow window = PageWindow.of(requestedPage, settings.getPageSize(), total);
        Map<Long, String> names = new HashMap<>();
        List<QueueRow> rows = queue.page(s, filter, window.intOffset(), window.size()).stream()
                .map(r -> new QueueRow(r, shortText(r), SlaState.of(r.status(), r.nextDueAt(), s.now(), s.soon()),
                        r.assigneeUserId() == null ? null : nameOf(r.assigneeUserId(), names),
                        r.kind() == ComplaintKind.TO_CAO))
                .toList();
        return new QueuePage(rows, window, queue.counts(s, filter), s.now(), s.soon());
    }

    /** A case as the actor sees it: the file, the state of its clock, and what of the citizen may be shown. */
    public record CaseView(ComplaintWorkflow.CaseFile file, SlaState sla, Instant now, @Nullable String unitName,
                           @Nullable String assigneeName, boolean assignedToActor, boolean manager,
                           boolean seesIdentity, @Nullable String maskedPhone, boolean canReveal,
                           Map<Long, String> staffNames) {
        public ComplaintCase complaint() {
            return file.complaint();
        }
    }

    @Transactional(readOnly = true)
    public CaseView view(Actor actor, String trackingCode) {
        requireHandling(actor);
        ComplaintWorkflow.CaseFile file = workflow.file(actor, trackingCode);
        ComplaintCase c = file.complaint();
        Instant now = clock.instant();
        Instant soon = soon(actor, now);
        Map<Long, String> names = new HashMap<>();
        file.events().stream().filter(e -> e.actor().kind() == vn.hailong.complaints.workflow.EventActor.Kind.USER
                && e.actor().id() != null).forEach(e -> nameOf(e.actor().id(), names));
        boolean sees = seesIdentity(actor, c);
        boolean assigned = c.assigneeUserId() != null && actor.kind() == Actor.Kind.USER && c.assigneeUserId() == actor.id();
        String masked = null;
        if (c.hasPhone() && (!c.confidential() || sees)) {
            masked = "••• ••• " + (c.phoneLast4() == null ? "••••" : c.phoneLast4());
        }
        return new CaseView(file, SlaState.of(c.status(), c.nextDueAt(), now, soon), now,
                c.handlingUnitId() == null ? null : directory.unitById(c.handlingUnitId()).map(Unit::name).orElse(null),
                c.assigneeUserId() == null ? null : nameOf(c.assigneeUserId(), names), assigned,
                MANAGERS.contains(actor.role()), sees, masked, sees && (c.hasPhone() || c.hasName()), names);
    }

    /** The citizen's contact as shown on purpose. */
    public record Contact(@Nullable String phone, @Nullable String name) {
    }

    /**
     * The citizen's phone and name for the assigned handler (a denunciation's for its team): the reveal is logged
     * (REVEAL_CONTACT) before anything is returned. Anyone else is refused.
     */
    @Transactional
    public Contact reveal(Actor actor, String trackingCode) {
        requireHandling(actor);
        ComplaintCase c = workflow.file(actor, trackingCode).complaint();
        if (!seesIdentity(actor, c)) {
            throw RuleViolation.forbidden("casework.error.reveal.notAssignee");
        }
        workflow.revealed(actor, c.trackingCode());
        String phone = complaints.phoneOf(c.trackingCode()).map(HandlerWorkspace::national).orElse(null);
        return new Contact(phone, cases.citizenName(c.id()).orElse(null));
    }

    /** Staff the actor may assign a case to: themself for a handler, for a manager anyone who reaches the case. */
    @Transactional(readOnly = true)
    public List<StaffMembers.StaffMember> assignable(Actor actor, ComplaintCase c) {
        if (!MANAGERS.contains(actor.role())) {
            return staff.byId(actor.id()).filter(StaffMembers.StaffMember::active).stream().toList();
        }
        if (c.handlingUnitId() == null) {
            return List.of();
        }
        Optional<Unit> holder = directory.unitById(c.handlingUnitId());
        if (holder.isEmpty()) {
            return List.of();
        }
        // the holding unit and the units above it, as far up as the actor's own unit
        List<Long> reaching = new ArrayList<>();
        boolean inScope = false;
        for (String part : holder.get().path().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            long id = Long.parseLong(part);
            inScope |= id == actor.unitId();
            if (inScope) {
                reaching.add(id);
            }
        }
        return staff.activeIn(reaching, ComplaintWorkflow.HANDLING_ROLES);
    }

    /** The handlers of the actor's subtree, for bulk assignment by a manager. */
    @Transactional(readOnly = true)
    public List<StaffMembers.StaffMember> handlersInScope(Actor actor) {
        if (!MANAGERS.contains(actor.role())) {
            return List.of();
        }
        return staff.activeIn(scope.subtreeIds(actor), ComplaintWorkflow.HANDLING_ROLES);
    }

    /** Units a case may be transferred to: every active unit, tree order. */
    public List<CaseQueue.UnitChoice> transferTargets() {
        return queue.activeUnits();
    }

    /** The units of the actor's subtree that hold cases, for the queue's unit filter. */
    public List<CaseQueue.UnitChoice> unitsInScope(Actor actor) {
        String prefix = scope.subtreePrefix(actor);
        return queue.activeUnits().stream().filter(u -> u.path().startsWith(prefix)).toList();
    }

    /** Templates fitting a case: its kind or any, province-wide or of a unit on the way up from its holder. */
    @Transactional(readOnly = true)
    public List<AnswerTemplates.Template> templatesFor(ComplaintCase c) {
        Set<Long> units = new LinkedHashSet<>();
        if (c.handlingUnitId() != null) {
            directory.unitById(c.handlingUnitId()).ifPresent(u -> {
                for (String part : u.path().split("/")) {
                    if (!part.isEmpty()) {
                        units.add(Long.parseLong(part));
                    }
                }
            });
        }
        return templates.fitting(c.kind(), units);
    }

    /** What bulk assignment did: how many were assigned, and each case refused with the reason. */
    public record BulkResult(int assigned, List<Failure> failures) {
    }

    /** One refused case: its code and the refusal's message key and arguments. */
    public record Failure(String trackingCode, String key, List<Object> args) {
    }

    /** Assigns each case to one handler, each on its own (one refusal does not undo the others). */
    public BulkResult assignAll(Actor actor, List<String> trackingCodes, @Nullable Long assigneeId) {
        if (!MANAGERS.contains(actor.role())) {
            throw RuleViolation.forbidden("casework.error.bulk.managersOnly");
        }
        if (assigneeId == null) {
            throw RuleViolation.invalid("assignee", "complaints.error.assignee.required");
        }
        if (trackingCodes.isEmpty()) {
            throw RuleViolation.invalid("cases", "casework.error.bulk.noneChosen");
        }
        int done = 0;
        List<Failure> failures = new ArrayList<>();
        for (String code : new LinkedHashSet<>(trackingCodes)) {
            try {
                workflow.act(actor, code, CaseCommand.assign(assigneeId, null));
                done++;
            } catch (RuleViolation e) {
                RuleViolation.Problem p = e.problems().get(0);
                failures.add(new Failure(code, p.key(), p.args()));
            }
        }
        return new BulkResult(done, failures);
    }

    /** Whether the actor may see who the citizen is: the assigned handler; for a denunciation, its team. */
    public boolean seesIdentity(Actor actor, ComplaintCase c) {
        return workflow.seesIdentity(actor, c, team -> actor.kind() == Actor.Kind.USER && teams.isMember(team, actor.id()));
    }

    private CaseQueue.Scope scopeOf(Actor actor) {
        Instant now = clock.instant();
        List<Long> mine = actor.kind() == Actor.Kind.USER ? teams.teamsOf(actor.id()) : List.of();
        return new CaseQueue.Scope(scope.subtreePrefix(actor), actor.id(), mine, now, soon(actor, now));
    }

    private Instant soon(Actor actor, Instant now) {
        return workflow.clockOf(actor.unitId()).due(now, settings.getDueSoonWorkingDays(), DeadlineUnit.WORKING_DAYS);
    }

    private String nameOf(long userId, Map<Long, String> cache) {
        return cache.computeIfAbsent(userId, id -> staff.byId(id).map(StaffMembers.StaffMember::fullName)
                .orElse("#" + id));
    }

    /** A list shows the start of the text; a denunciation's text not at all (it may name the denouncer). */
    private static String shortText(CaseQueue.Row r) {
        if (r.kind() == ComplaintKind.TO_CAO) {
            return "";
        }
        String t = r.text() == null ? "" : r.text().replaceAll("\\s+", " ").strip();
        return t.length() <= SHORT_TEXT ? t : t.substring(0, SHORT_TEXT - 1).stripTrailing() + "…";
    }

    private static void requireHandling(Actor actor) {
        if (!ComplaintWorkflow.HANDLING_ROLES.contains(actor.role())) {
            throw RuleViolation.notFound("complaints.error.notFound");
        }
    }

    /** 0912 345 678 */
    static String national(PhoneNumber phone) {
        String n = "0" + phone.e164().substring(3);
        return n.length() == 10 ? n.substring(0, 4) + " " + n.substring(4, 7) + " " + n.substring(7) : n;
    }
}
