package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.complaints.workspace.AnswerTemplates;
import vn.hailong.complaints.workspace.CaseQueue;
import vn.hailong.complaints.workspace.HandlerWorkspace;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.Ago;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds the models of the workspace pages from what {@link HandlerWorkspace} answers. */
@Singleton
class CasePages {

    private final vn.hailong.complaints.CaseAttachments attachments;

    /** The queue tabs as the address names them. */
    static final Map<CaseQueue.Tab, String> SLUGS = new LinkedHashMap<>();

    static {
        SLUGS.put(CaseQueue.Tab.MINE, "cua-toi");
        SLUGS.put(CaseQueue.Tab.TEAM, "to-cua-toi");
        SLUGS.put(CaseQueue.Tab.UNASSIGNED, "chua-giao");
        SLUGS.put(CaseQueue.Tab.DUE_SOON, "sap-den-han");
        SLUGS.put(CaseQueue.Tab.OVERDUE, "qua-han");
    }

    private final HandlerWorkspace workspace;
    private final Directory directory;

    CasePages(HandlerWorkspace workspace, Directory directory, vn.hailong.complaints.CaseAttachments attachments) {
        this.attachments = attachments;
        this.workspace = workspace;
        this.directory = directory;
    }

    /** The queue's address parameters as typed. */
    record QueueQuery(@Nullable String tab, @Nullable String loai, @Nullable String trangThai,
                      @Nullable String donVi, @Nullable String ma) {
    }

    /** One tab: its words, how many cases it holds, and its link with the filters kept. */
    @Introspected
    record TabLink(String slug, String labelKey, long count, String href, boolean current) {
    }

    /** One case of the queue. */
    @Introspected
    record RowView(String code, String href, String kind, String urgency, String status, String text,
                   boolean confidential, @Nullable String unitName, @Nullable String step, String due, String sla,
                   @Nullable String assigneeName) {
    }

    /** One refused case of a bulk assignment. */
    @Introspected
    record FailureView(String code, FormErrors.Message message) {
    }

    /** What a bulk assignment did (or why it was refused as a whole). */
    record BulkOutcome(@Nullable HandlerWorkspace.BulkResult result, FormErrors errors) {
    }

    /** The queue page. */
    @Introspected
    record QueuePage(String tab, List<TabLink> tabs, List<SelectOption> kindOptions, List<SelectOption> statusOptions,
                     List<SelectOption> unitOptions, String code, String loai, String trangThai, String donVi,
                     List<RowView> rows, long total, Pager pager, boolean manager, List<SelectOption> handlerOptions,
                     @Nullable Integer bulkAssigned, List<FailureView> bulkFailures, FormErrors errors,
                     String dueSoonUntil) {
    }

    QueuePage queue(Actor actor, QueueQuery q, int requestedPage, @Nullable BulkOutcome bulk) {
        CaseQueue.Tab tab = SLUGS.entrySet().stream().filter(e -> e.getValue().equals(q.tab())).map(Map.Entry::getKey)
                .findFirst().orElse(actor.role() == Role.HANDLER ? CaseQueue.Tab.MINE : CaseQueue.Tab.UNASSIGNED);
        ComplaintKind kind = ComplaintKind.parse(q.loai()).orElse(null);
        CaseStatus status = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(q.trangThai())).findFirst()
                .orElse(null);
        Long unitId = q.donVi() == null || q.donVi().isBlank() ? null
                : directory.unitByCode(q.donVi().strip()).map(Unit::id).orElse(-1L);
        String code = q.ma() == null ? "" : q.ma().strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9-]", "");
        if (code.length() > 32) {
            code = code.substring(0, 32);
        }
        CaseQueue.Filter filter = new CaseQueue.Filter(tab, kind, status, unitId, code.isEmpty() ? null : code);
        HandlerWorkspace.QueuePage page = workspace.queue(actor, filter, requestedPage);

        String kindValue = kind == null ? "" : kind.name();
        String statusValue = status == null ? "" : status.name();
        String unitValue = unitId == null ? "" : q.donVi().strip();
        List<TabLink> tabs = new ArrayList<>();
        for (var e : SLUGS.entrySet()) {
            tabs.add(new TabLink(e.getValue(), "casework.tab." + e.getKey().name(), page.counts().getOrDefault(e.getKey(), 0L),
                    href(e.getValue(), kindValue, statusValue, unitValue, code, 1), e.getKey() == tab));
        }
        String slug = SLUGS.get(tab);
        int n = page.window().page();
        int totalPages = page.window().totalPages();
        Pager pager = new Pager(n, totalPages,
                n > 1 ? href(slug, kindValue, statusValue, unitValue, code, n - 1) : null,
                n < totalPages ? href(slug, kindValue, statusValue, unitValue, code, n + 1) : null);
        List<RowView> rows = page.rows().stream().map(r -> new RowView(r.row().trackingCode(),
                CaseworkController.BASE + "/" + r.row().trackingCode(), r.row().kind().name(), r.row().urgency().name(),
                r.row().status().name(), r.shortText(), r.confidential(), r.row().unitName(),
                r.row().nextStep() == null ? null : r.row().nextStep().name(), Ago.local(r.row().nextDueAt()),
                r.sla().name(), r.assigneeName())).toList();

        List<SelectOption> kinds = Arrays.stream(ComplaintKind.values())
                .map(k -> SelectOption.key(k.name(), "casework.kind." + k.name(), k == kind)).toList();
        List<SelectOption> statuses = Arrays.stream(CaseStatus.values())
                .map(s -> SelectOption.key(s.name(), "casework.status." + s.name(), s == status)).toList();
        List<SelectOption> units = workspace.unitsInScope(actor).stream()
                .map(u -> SelectOption.text(u.code(), u.name(), u.code().equals(unitValue))).toList();
        boolean manager = actor.hasRole(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER);
        List<SelectOption> handlers = manager ? workspace.handlersInScope(actor).stream()
                .map(m -> SelectOption.text(Long.toString(m.id()), m.fullName(), false)).toList() : List.of();
        Integer assigned = null;
        List<FailureView> failures = List.of();
        FormErrors errors = FormErrors.none();
        if (bulk != null) {
            errors = bulk.errors();
            if (bulk.result() != null) {
                assigned = bulk.result().assigned();
                failures = bulk.result().failures().stream().map(f -> new FailureView(f.trackingCode(),
                        new FormErrors.Message(f.key(), f.args()))).toList();
            }
        }
        return new QueuePage(slug, tabs, kinds, statuses, units, code, kindValue, statusValue, unitValue, rows,
                page.window().total(), pager, manager, handlers, assigned, failures, errors, Ago.local(page.soon()));
    }

    private static String href(String tab, String kind, String status, String unit, String code, int page) {
        StringBuilder sb = new StringBuilder(CaseworkController.BASE).append("?tab=").append(tab);
        param(sb, "loai", kind);
        param(sb, "trang-thai", status);
        param(sb, "don-vi", unit);
        param(sb, "ma", code);
        if (page > 1) {
            sb.append("&trang=").append(page);
        }
        return sb.toString();
    }

    private static void param(StringBuilder sb, String name, String value) {
        if (value != null && !value.isEmpty()) {
            sb.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** One step clock on the case page. */
    @Introspected
    record StepView(String step, String startedAt, String dueAt, boolean open, boolean paused, String pausedAt,
                    int extensions, String endedAt, @Nullable Boolean late, boolean breached) {
    }

    /** One entry of the timeline. */
    @Introspected
    record EventView(String at, String type, @Nullable String actorName, String actorKind, @Nullable String step,
                     @Nullable String statusBefore, String statusAfter, @Nullable String note, boolean internal) {
        public boolean statusChanged() {
            return statusBefore != null && !statusBefore.equals(statusAfter);
        }
    }

    /** A file the citizen attached, as a download link. */
    @Introspected
    record AttachmentLink(String href, String filename, String contentType, String size) {
    }

    /** The case page, with the values typed in the form refused last ({@code typedType}) and its errors. */
    @Introspected
    record CasePage(String code, String kind, String urgency, String status, String channel, String text,
                    String receivedAt, @Nullable String unitName, @Nullable String assigneeName, String sla,
                    String dueAt, @Nullable String nextStep, String nextDueAt, boolean confidential,
                    boolean seesIdentity, @Nullable String maskedPhone, boolean hasName, boolean canReveal,
                    @Nullable HandlerWorkspace.Contact contact, @Nullable String answer, String answeredAt,
                    List<StepView> steps, List<EventView> events, Set<String> allowed, String actionHref,
                    String revealHref, String selfHref, String typedType, CaseworkController.ActionForm typed,
                    FormErrors errors, List<SelectOption> urgencyOptions, List<SelectOption> unitOptions,
                    List<SelectOption> assigneeOptions, boolean manager, boolean assignedToActor, String selfId,
                    List<SelectOption> templateOptions, String answerText, List<AttachmentLink> attachments) {

        public boolean can(String action) {
            return allowed.contains(action);
        }

        /** The error of a field, when the refused form was this action's. */
        public @Nullable FormErrors.Message error(String action, String field) {
            return action.equals(typedType) ? errors.get(field) : null;
        }

        /** What was typed into a field of this action's form, when it was refused. */
        public String typed(String action, String field) {
            if (!action.equals(typedType)) {
                return "";
            }
            String v = switch (field) {
                case "note" -> typed.note();
                case "answer" -> typed.answer();
                default -> null;
            };
            return v == null ? "" : v;
        }

        /** The refusal that names no field, or one for a field the form has not, when this action's form was refused. */
        public @Nullable FormErrors.Message formError(String action) {
            if (!action.equals(typedType)) {
                return null;
            }
            return errors.byField().entrySet().stream()
                    .filter(e -> !Set.of("note", "answer", "unitCode", "assignee", "urgency").contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst()
                    .orElse(null);
        }
    }

    CasePage casePage(Actor actor, String code, @Nullable Long templateId, @Nullable CaseworkController.ActionForm typed,
                      @Nullable FormErrors errors, @Nullable HandlerWorkspace.Contact contact) {
        HandlerWorkspace.CaseView v = workspace.view(actor, code);
        ComplaintCase c = v.complaint();
        String base = CaseworkController.BASE + "/" + c.trackingCode();
        List<StepView> steps = v.file().steps().stream().map(CasePages::step).toList();
        List<EventView> events = v.file().events().stream().map(e -> event(e, v.staffNames())).toList();
        Set<String> allowed = new java.util.HashSet<>();
        v.file().allowed().forEach(a -> allowed.add(a.name()));
        CaseworkController.ActionForm form = typed == null
                ? new CaseworkController.ActionForm("", null, null, null, null, null, null, null) : typed;
        String typedType = typed == null ? "" : typed.typeName();

        String chosenUrgency = typed != null && "ACCEPT".equals(typedType) && typed.urgency() != null ? typed.urgency()
                : c.urgency().name();
        List<SelectOption> urgencies = Arrays.stream(Urgency.values())
                .map(u -> SelectOption.key(u.name(), "casework.urgency." + u.name(), u.name().equals(chosenUrgency)))
                .toList();
        String chosenUnit = typed != null && "TRANSFER".equals(typedType) && typed.unitCode() != null ? typed.unitCode() : "";
        List<SelectOption> units = allowed.contains("TRANSFER") ? workspace.transferTargets().stream()
                .filter(u -> !Objects.equals(u.id(), c.handlingUnitId()))
                .map(u -> SelectOption.text(u.code(), u.name(), u.code().equals(chosenUnit))).toList() : List.of();
        String chosenAssignee = typed != null && "ASSIGN".equals(typedType) && typed.assignee() != null ? typed.assignee() : "";
        List<SelectOption> assignees = v.manager() && allowed.contains("ASSIGN")
                ? workspace.assignable(actor, c).stream().map(m -> SelectOption.text(Long.toString(m.id()),
                m.fullName(), Long.toString(m.id()).equals(chosenAssignee))).toList() : List.of();

        List<AnswerTemplates.Template> templates = allowed.contains("ANSWER") ? workspace.templatesFor(c) : List.of();
        List<SelectOption> templateOptions = templates.stream()
                .map(t -> SelectOption.text(Long.toString(t.id()), t.title(), Objects.equals(t.id(), templateId)))
                .toList();
        String answerText = "ANSWER".equals(typedType) ? (form.answer() == null ? "" : form.answer())
                : templates.stream().filter(t -> Objects.equals(t.id(), templateId)).map(AnswerTemplates.Template::body)
                .findFirst().orElse("");

        return new CasePage(c.trackingCode(), c.kind().name(), c.urgency().name(), c.status().name(), c.channel(),
                // a denunciation's text may name the denouncer: for the team that handles it only
                c.confidential() && !v.seesIdentity() ? null : c.text(), Ago.local(c.receivedAt()), v.unitName(), v.assigneeName(), v.sla().name(), Ago.local(c.dueAt()),
                c.nextStep() == null ? null : c.nextStep().name(), Ago.local(c.nextDueAt()), c.confidential(),
                v.seesIdentity(), v.maskedPhone(), c.hasName() && (!c.confidential() || v.seesIdentity()),
                v.canReveal(), contact, c.answer(), Ago.local(c.answeredAt()), steps, events, allowed,
                base + "/thao-tac", base + "/lien-he", base, typedType, form, errors == null ? FormErrors.none() : errors,
                urgencies, units, assignees, v.manager(), v.assignedToActor(), Long.toString(actor.id()),
                templateOptions, answerText,
                // a denunciation's files may name the denouncer: listed (and served) to its team only
                c.confidential() && !v.seesIdentity() ? List.of() : attachments.attachmentsOf(c.id()).stream()
                        .map(a -> new AttachmentLink(AttachmentDownloadController.href(a.id()), a.filename(),
                                a.contentType(), a.size() >= 1024 * 1024 ? String.format("%.1f MB", a.size() / 1048576.0)
                                : Math.max(1, a.size() / 1024) + " KB")).toList());
    }

    private static StepView step(StepClock s) {
        return new StepView(s.step().name(), Ago.local(s.startedAt()), Ago.local(s.dueAt()), s.isOpen(), s.isPaused(),
                Ago.local(s.pausedAt()), s.extensions(), Ago.local(s.endedAt()), s.endedLate(), s.breachedAt() != null);
    }

    private static EventView event(CaseEvent e, Map<Long, String> names) {
        String who = switch (e.actor().kind()) {
            case USER -> e.actor().id() == null ? e.actor().name() : names.getOrDefault(e.actor().id(), e.actor().name());
            case TOKEN -> e.actor().name();
            case CITIZEN, SYSTEM -> null;
        };
        return new EventView(Ago.local(e.at()), e.type().name(), who, e.actor().kind().name(),
                e.step() == null ? null : e.step().name(), e.statusBefore() == null ? null : e.statusBefore().name(),
                e.statusAfter().name(), e.note(), e.internal());
    }
}
