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
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Officers admin: the officers of the admin's subtree, search and paging, create, edit, deactivate/reactivate.
 * The counter choice lists each unit's counters under the unit's name; {@link OfficerRegistry} refuses a counter of
 * another unit.
 */
@Controller(OfficersAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficersAdminController {

    static final String BASE = "/quan-tri/can-bo";

    private final OfficerRegistry registry;
    private final CounterRegistry counters;
    private final Directory directory;
    private final AdminPages pages;

    OfficersAdminController(OfficerRegistry registry, CounterRegistry counters, Directory directory,
                            AdminPages pages) {
        this.registry = registry;
        this.counters = counters;
        this.directory = directory;
        this.pages = pages;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String trang) {
        String search = AdminPages.search(q);
        Page<Officer> page = AdminPages.page(trang, p -> registry.search(Actor.of(authentication), search, p));
        Map<Long, String> unitNames = new HashMap<>();
        List<Row> rows = page.getContent().stream().map(o -> new Row(o.code(), o.fullName(),
                AdminPages.text(o.title()), unitNames.computeIfAbsent(o.unitId(), pages::unitName),
                o.counterId() == null ? "" : directory.counterById(o.counterId()).map(Counter::name).orElse(""),
                o.active(), BASE + "/" + o.id())).toList();
        return new ModelAndView<>("admin/officers/list", new ListPage(search, AdminPages.byUnit(rows, Row::unitName),
                page.getTotalSize(),
                AdminPages.pager(BASE, search, page)));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), null, new OfficerForm("", "", "", "", "", null), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body OfficerForm form) {
        Actor actor = Actor.of(authentication);
        return pages.save(request, "organisation.officers.flash.created", () -> saved(registry.create(actor, form.draft())),
                AdminPages::unitField, errors -> formPage(actor, null, form, errors));
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        Officer o = find(actor, id);
        String unitCode = directory.unitById(o.unitId()).map(Unit::code).orElse("");
        String counterCode = o.counterId() == null ? "" : directory.counterById(o.counterId()).map(Counter::code).orElse("");
        return formPage(actor, o, new OfficerForm(o.code(), o.fullName(), AdminPages.text(o.title()), unitCode,
                counterCode, null), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body OfficerForm form) {
        Actor actor = Actor.of(authentication);
        Officer current = find(actor, id);
        OfficerForm shown = new OfficerForm(current.code(), form.fullName(), form.title(), form.unitCode(),
                form.counterCode(), null);
        return pages.save(request, "organisation.officers.flash.updated",
                () -> saved(registry.update(actor, current.code(), shown.draft())), AdminPages::unitField,
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
        Actor actor = Actor.of(authentication);
        Officer officer = find(actor, id);
        return pages.toggled(request, BASE + "/" + id,
                on ? "organisation.officers.flash.reactivated" : "organisation.officers.flash.deactivated",
                () -> registry.setActive(actor, officer.code(), on).fullName());
    }

    private static AdminPages.Saved saved(Officer officer) {
        return new AdminPages.Saved(officer.fullName(), BASE + "/" + officer.id());
    }

    private Officer find(Actor actor, long id) {
        String code = directory.officerById(id).map(Officer::code)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.officer.notFound", id));
        return registry.find(actor, code);
    }

    private ModelAndView<FormPage> formPage(Actor actor, Officer current, OfficerForm form, FormErrors errors) {
        boolean creating = current == null;
        Map<Long, List<SelectOption>> byUnit = new LinkedHashMap<>();
        for (Counter c : counters.search(actor, "", Pageable.from(0, 2000)).getContent()) {
            if (c.active() || c.code().equals(form.counterCode())) {
                byUnit.computeIfAbsent(c.unitId(), k -> new java.util.ArrayList<>())
                        .add(SelectOption.text(c.code(), c.name(), c.code().equals(form.counterCode())));
            }
        }
        List<SelectOption.Group> counterGroups = byUnit.entrySet().stream()
                .map(e -> new SelectOption.Group(pages.unitName(e.getKey()), e.getValue())).toList();
        return new ModelAndView<>("admin/officers/form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(), creating || current.active(),
                creating ? null : current.fullName(), form, errors, pages.unitChoices(actor, form.unitCode()),
                counterGroups, BASE));
    }

    /** The officers list. */
    @Introspected
    record ListPage(String q, List<AdminPages.Group<Row>> groups, long total, Pager pager) {
    }

    /** One officer in the list. */
    @Introspected
    record Row(String code, String fullName, String title, String unitName, String counterName, boolean active,
               String href) {
    }

    /** The create or edit form; counters grouped by unit. */
    @Introspected
    record FormPage(boolean creating, String action, boolean active, @Nullable String currentName, OfficerForm form,
                    FormErrors errors, List<SelectOption> units, List<SelectOption.Group> counters, String backHref) {
    }

    /** The officer form as posted. */
    @Serdeable
    @Introspected
    record OfficerForm(@Nullable String code, @Nullable String fullName, @Nullable String title,
                       @Nullable String unitCode, @Nullable String counterCode,
                       @Nullable String csrfToken) implements CsrfForm {

        OfficerDraft draft() {
            return new OfficerDraft(code, fullName, title, unitCode, counterCode);
        }
    }
}
