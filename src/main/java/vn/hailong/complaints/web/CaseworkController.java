package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.complaints.workspace.HandlerWorkspace;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The handler workspace {@code /xu-ly} (issue 9 §6): the queue tabs with filters and bulk assignment, and a case page
 * whose action forms all post to {@link ComplaintWorkflow#act}. A refused action shows its message on the case page
 * with what was typed; a case outside the actor's subtree is a 404.
 */
@Controller(CaseworkController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured({"HANDLER", "UNIT_MANAGER", "PROVINCE_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseworkController {

    static final String BASE = "/xu-ly";

    private final HandlerWorkspace workspace;
    private final ComplaintWorkflow workflow;
    private final Directory directory;
    private final FlashMessages flash;
    private final CasePages pages;

    CaseworkController(HandlerWorkspace workspace, ComplaintWorkflow workflow, Directory directory, FlashMessages flash,
                       CasePages pages) {
        this.workspace = workspace;
        this.workflow = workflow;
        this.directory = directory;
        this.flash = flash;
        this.pages = pages;
    }

    @Get
    ModelAndView<CasePages.QueuePage> queue(Authentication authentication, @Nullable @QueryValue String tab,
                                            @Nullable @QueryValue String loai,
                                            @Nullable @QueryValue("trang-thai") String trangThai,
                                            @Nullable @QueryValue("don-vi") String donVi,
                                            @Nullable @QueryValue String ma, @Nullable @QueryValue String trang) {
        Actor actor = Actor.of(authentication);
        return new ModelAndView<>("casework/queue", pages.queue(actor,
                new CasePages.QueueQuery(tab, loai, trangThai, donVi, ma), Pager.requested(trang), null));
    }

    /** Bulk assignment by a manager: each ticked case is assigned on its own; the page says what happened. */
    @Post("/phan-cong")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assignAll(Authentication authentication, @Body BulkForm form) {
        Actor actor = Actor.of(authentication);
        CasePages.QueueQuery query = new CasePages.QueueQuery(form.tab(), form.loai(), form.trangThai(), form.donVi(),
                form.ma());
        try {
            HandlerWorkspace.BulkResult result = workspace.assignAll(actor, form.codes(), parseId(form.assignee()));
            return HttpResponse.ok(new ModelAndView<>("casework/queue", pages.queue(actor, query, 1,
                    new CasePages.BulkOutcome(result, FormErrors.none()))));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            return HttpResponse.status(e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                    : HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("casework/queue",
                    pages.queue(actor, query, 1, new CasePages.BulkOutcome(null, FormErrors.of(e)))));
        }
    }

    @Get("/{code}")
    ModelAndView<CasePages.CasePage> casePage(Authentication authentication, @PathVariable String code,
                                              @Nullable @QueryValue String mau) {
        Actor actor = Actor.of(authentication);
        return new ModelAndView<>("casework/case", pages.casePage(actor, code, parseId(mau), null, null, null));
    }

    /** Every action of the case page: the form's {@code type} says which; refused, the page again with the message. */
    @Post("/{code}/thao-tac")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> act(HttpRequest<?> request, Authentication authentication, @PathVariable String code,
                        @Body ActionForm form) {
        Actor actor = Actor.of(authentication);
        try {
            CaseAction action = CaseAction.handlerAction(form.type())
                    .orElseThrow(() -> RuleViolation.invalid("type", "complaints.error.type", String.valueOf(form.type())));
            var done = workflow.act(actor, code, command(action, form));
            flash.success(request, "casework.flash." + action.name(), done.trackingCode());
            return HttpResponse.seeOther(URI.create(BASE + "/" + URLEncoder.encode(done.trackingCode(), StandardCharsets.UTF_8)));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            HttpStatus status = e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                    : HttpStatus.UNPROCESSABLE_ENTITY;
            return HttpResponse.status(status).body(new ModelAndView<>("casework/case",
                    pages.casePage(actor, code, null, form, FormErrors.of(e), null)));
        }
    }

    /** Shows the citizen's contact to whoever may see it, after logging that it was shown. */
    @Post("/{code}/lien-he")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reveal(Authentication authentication, @PathVariable String code, @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        HandlerWorkspace.Contact contact = workspace.reveal(actor, code);
        return HttpResponse.ok(new ModelAndView<>("casework/case", pages.casePage(actor, code, null, null, null, contact)));
    }

    private CaseCommand command(CaseAction action, ActionForm f) {
        return switch (action) {
            case ACCEPT -> {
                Urgency urgency = null;
                if (f.urgency() != null && !f.urgency().isBlank()) {
                    urgency = Urgency.parse(f.urgency()).orElseThrow(() -> RuleViolation.invalid("urgency",
                            "complaints.error.urgency", f.urgency()));
                }
                yield CaseCommand.accept(urgency, f.note());
            }
            case ANSWER -> CaseCommand.answer(f.answer() == null ? "" : f.answer(), f.note());
            case TRANSFER -> {
                Long unitId = f.unitCode() == null || f.unitCode().isBlank() ? null
                        : directory.unitByCode(f.unitCode().strip()).map(Unit::id).orElse(null);
                if (unitId == null) {
                    throw RuleViolation.invalid("unitCode", "complaints.error.transfer.unit");
                }
                yield new CaseCommand(CaseAction.TRANSFER, f.note(), null, unitId, null, null, null, false, null, null, null);
            }
            case ASSIGN -> {
                Long id = parseId(f.assignee());
                if (id == null) {
                    throw RuleViolation.invalid("assignee", "complaints.error.assignee.required");
                }
                yield CaseCommand.assign(id, null);
            }
            case NOTE -> CaseCommand.note(f.note(), f.internal() != null && !f.internal().isBlank());
            default -> CaseCommand.of(action, f.note());
        };
    }

    static @Nullable Long parseId(@Nullable String value) {
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    /** One action form as posted: {@code type} is the action (hidden in each form), the rest what it needs. */
    @Serdeable
    @Introspected
    record ActionForm(@Nullable String type, @Nullable String note, @Nullable String answer, @Nullable String urgency,
                      @Nullable String unitCode, @Nullable String assignee, @Nullable String internal,
                      @Nullable String csrfToken) implements CsrfForm {

        Optional<CaseAction> action() {
            return CaseAction.handlerAction(type);
        }

        String typeName() {
            return type == null ? "" : type.strip().toUpperCase(Locale.ROOT);
        }
    }

    /** The bulk assignment form: the ticked cases, the handler, and the queue it was sent from. */
    @Serdeable
    @Introspected
    record BulkForm(@Nullable List<String> codes, @Nullable String assignee, @Nullable String tab,
                    @Nullable String loai, @Nullable String trangThai, @Nullable String donVi, @Nullable String ma,
                    @Nullable String csrfToken) implements CsrfForm {
        BulkForm {
            codes = codes == null ? List.of() : new ArrayList<>(codes);
        }
    }
}
