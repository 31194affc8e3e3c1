package vn.hailong.organisation.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.util.List;

/**
 * Sectors admin: list with search and paging, create, edit, deactivate/reactivate. Every admin reads the
 * catalogue; {@link SectorRegistry} lets only a province-level admin change it, and its refusal is shown on the form.
 */
@Controller(SectorsAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class SectorsAdminController {

    static final String BASE = "/quan-tri/linh-vuc";

    private final SectorRegistry registry;
    private final Directory directory;
    private final AdminPages pages;

    SectorsAdminController(SectorRegistry registry, Directory directory, AdminPages pages) {
        this.registry = registry;
        this.directory = directory;
        this.pages = pages;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String trang) {
        String search = AdminPages.search(q);
        Page<Sector> page = AdminPages.page(trang, p -> registry.search(search, p));
        List<Row> rows = page.getContent().stream().map(s -> new Row(s.code(), s.name(),
                s.targetPct().stripTrailingZeros().toPlainString(), s.active(), BASE + "/" + s.id())).toList();
        return new ModelAndView<>("admin/sectors/list", new ListPage(search, rows, page.getTotalSize(),
                AdminPages.pager(BASE, search, page),
                pages.editsCatalogue(Actor.of(authentication))));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), null, new SectorForm("", "", "", null), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body SectorForm form) {
        Actor actor = Actor.of(authentication);
        return pages.save(request, "organisation.sectors.flash.created",
                () -> saved(registry.create(actor, form.draft())), errors -> formPage(actor, null, form, errors));
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Sector sector = find(id);
        return formPage(Actor.of(authentication), sector, SectorForm.of(sector), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body SectorForm form) {
        Actor actor = Actor.of(authentication);
        Sector current = find(id);
        SectorForm shown = form.withCode(current.code());
        return pages.save(request, "organisation.sectors.flash.updated",
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
        Sector sector = find(id);
        return pages.toggled(request, BASE + "/" + id,
                on ? "organisation.sectors.flash.reactivated" : "organisation.sectors.flash.deactivated",
                () -> registry.setActive(Actor.of(authentication), sector.code(), on).name());
    }

    private static AdminPages.Saved saved(Sector sector) {
        return new AdminPages.Saved(sector.name(), BASE + "/" + sector.id());
    }

    private Sector find(long id) {
        return directory.sectorById(id)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.sector.notFound", id));
    }

    private ModelAndView<FormPage> formPage(Actor actor, Sector current, SectorForm form, FormErrors errors) {
        boolean creating = current == null;
        return new ModelAndView<>("admin/sectors/form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(), creating || current.active(),
                creating ? null : current.name(), pages.editsCatalogue(actor), form, errors, BASE));
    }

    /** The sectors list; {@code canEdit} is false for admins below the province. */
    @Introspected
    record ListPage(String q, List<Row> rows, long total, Pager pager, boolean canEdit) {
    }

    /** One sector in the list. */
    @Introspected
    record Row(String code, String name, String targetPct, boolean active, String href) {
    }

    /** The create or edit form. */
    @Introspected
    record FormPage(boolean creating, String action, boolean active, @Nullable String currentName, boolean canEdit,
                    SectorForm form, FormErrors errors, String backHref) {
    }

    /** The sector form as posted; the target as typed. */
    @Serdeable
    @Introspected
    record SectorForm(@Nullable String code, @Nullable String name, @Nullable String targetPct,
                      @Nullable String csrfToken) implements CsrfForm {

        static SectorForm of(Sector s) {
            return new SectorForm(s.code(), s.name(), s.targetPct().stripTrailingZeros().toPlainString(), null);
        }

        SectorForm withCode(String c) {
            return new SectorForm(c, name, targetPct, null);
        }

        SectorDraft draft() {
            return new SectorDraft(code, name, AdminPages.decimal("targetPct", targetPct));
        }
    }
}
