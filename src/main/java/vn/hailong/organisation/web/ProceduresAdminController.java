package vn.hailong.organisation.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Procedures admin: list searchable by official code or name, create, edit, deactivate/reactivate. Read by every
 * admin, changed only by a province-level admin ({@link ProcedureRegistry} enforces it).
 */
@Controller(ProceduresAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProceduresAdminController {

    static final String BASE = "/quan-tri/thu-tuc";

    private final ProcedureRegistry registry;
    private final SectorRegistry sectors;
    private final Directory directory;
    private final AdminPages pages;

    ProceduresAdminController(ProcedureRegistry registry, SectorRegistry sectors, Directory directory,
                              AdminPages pages) {
        this.registry = registry;
        this.sectors = sectors;
        this.directory = directory;
        this.pages = pages;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String trang) {
        String search = AdminPages.search(q);
        Page<Procedure> page = AdminPages.page(trang, p -> registry.search(search, p));
        Map<Long, String> sectorNames = new HashMap<>();
        List<Row> rows = page.getContent().stream().map(p -> new Row(p.code(), p.name(),
                sectorNames.computeIfAbsent(p.sectorId(), id -> directory.sectorById(id).map(Sector::name).orElse("")),
                p.processingDays(), p.active(), BASE + "/" + p.id())).toList();
        return new ModelAndView<>("admin/procedures/list", new ListPage(search, rows, page.getTotalSize(),
                AdminPages.pager(BASE, search, page),
                pages.editsCatalogue(Actor.of(authentication))));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), null, new ProcedureForm("", "", "", "", null), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body ProcedureForm form) {
        Actor actor = Actor.of(authentication);
        return pages.save(request, "organisation.procedures.flash.created",
                () -> saved(registry.create(actor, form.draft())), errors -> formPage(actor, null, form, errors));
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Procedure procedure = find(id);
        String sectorCode = directory.sectorById(procedure.sectorId()).map(Sector::code).orElse("");
        return formPage(Actor.of(authentication), procedure, ProcedureForm.of(procedure, sectorCode), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body ProcedureForm form) {
        Actor actor = Actor.of(authentication);
        Procedure current = find(id);
        ProcedureForm shown = form.withCode(current.code());
        return pages.save(request, "organisation.procedures.flash.updated",
                () -> saved(registry.update(actor, current.code(), shown.draft())),
                errors -> formPage(actor, current, shown, errors));
    }

    @Post("/{id}/ngung")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        return setActive(request, authentication, id, false);
    }

    @Post("/{id}/kich-hoat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        return setActive(request, authentication, id, true);
    }

    private HttpResponse<?> setActive(HttpRequest<?> request, Authentication authentication, long id, boolean on) {
        Procedure procedure = find(id);
        return pages.toggled(request, BASE + "/" + id,
                on ? "organisation.procedures.flash.reactivated" : "organisation.procedures.flash.deactivated",
                () -> registry.setActive(Actor.of(authentication), procedure.code(), on).code());
    }

    private static AdminPages.Saved saved(Procedure procedure) {
        return new AdminPages.Saved(procedure.code(), BASE + "/" + procedure.id());
    }

    private Procedure find(long id) {
        return directory.procedureById(id)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.procedure.notFound", id));
    }

    private ModelAndView<FormPage> formPage(Actor actor, Procedure current, ProcedureForm form, FormErrors errors) {
        boolean creating = current == null;
        List<SelectOption> sectorChoices = sectors.search("", Pageable.from(0, 500)).getContent().stream()
                .filter(s -> s.active() || s.code().equals(form.sectorCode()))
                .map(s -> SelectOption.text(s.code(), s.name(), s.code().equals(form.sectorCode())))
                .toList();
        return new ModelAndView<>("admin/procedures/form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(), creating || current.active(),
                creating ? null : current.code(), pages.editsCatalogue(actor), form, errors, sectorChoices, BASE));
    }

    /** The procedures list. */
    @Introspected
    record ListPage(String q, List<Row> rows, long total, Pager pager, boolean canEdit) {
    }

    /** One procedure in the list. */
    @Introspected
    record Row(String code, String name, String sectorName, @Nullable Integer processingDays, boolean active,
               String href) {

        /** One rule for the processing time in words: not set, the same day, or N working days. */
        public String processingTimeKey() {
            return processingDays == null ? "organisation.procedures.days.none"
                    : processingDays == 0 ? "organisation.procedures.days.sameDay" : "organisation.procedures.days.working";
        }
    }

    /** The create or edit form. */
    @Introspected
    record FormPage(boolean creating, String action, boolean active, @Nullable String currentCode, boolean canEdit,
                    ProcedureForm form, FormErrors errors, List<SelectOption> sectors, String backHref) {
    }

    /** The procedure form as posted; processing days as typed. */
    @Serdeable
    @Introspected
    record ProcedureForm(@Nullable String code, @Nullable String name, @Nullable String sectorCode,
                         @Nullable String processingDays, @Nullable String csrfToken) implements CsrfForm {

        static ProcedureForm of(Procedure p, String sectorCode) {
            return new ProcedureForm(p.code(), p.name(), sectorCode, AdminPages.text(p.processingDays()), null);
        }

        ProcedureForm withCode(String c) {
            return new ProcedureForm(c, name, sectorCode, processingDays, null);
        }

        ProcedureDraft draft() {
            return new ProcedureDraft(code, name, sectorCode, AdminPages.whole("processingDays", processingDays));
        }
    }
}
