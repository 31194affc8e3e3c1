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
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Directory;
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
import java.util.List;
import java.util.Map;

/** Counters admin: the counters of the admin's subtree, search and paging, create, edit, deactivate/reactivate. */
@Controller(CountersAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class CountersAdminController {

    static final String BASE = "/quan-tri/quay";

    private final CounterRegistry registry;
    private final Directory directory;
    private final AdminPages pages;

    CountersAdminController(CounterRegistry registry, Directory directory, AdminPages pages) {
        this.registry = registry;
        this.directory = directory;
        this.pages = pages;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String trang) {
        String search = AdminPages.search(q);
        Page<Counter> page = AdminPages.page(trang, p -> registry.search(Actor.of(authentication), search, p));
        Map<Long, String> unitNames = new HashMap<>();
        List<Row> rows = page.getContent().stream().map(c -> new Row(c.code(), c.name(),
                unitNames.computeIfAbsent(c.unitId(), pages::unitName), c.active(), BASE + "/" + c.id())).toList();
        return new ModelAndView<>("admin/counters/list", new ListPage(search, AdminPages.byUnit(rows, Row::unitName),
                page.getTotalSize(),
                AdminPages.pager(BASE, search, page)));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), null, new CounterForm("", "", "", null), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body CounterForm form) {
        Actor actor = Actor.of(authentication);
        return pages.save(request, "organisation.counters.flash.created", () -> saved(registry.create(actor, form.draft())),
                AdminPages::unitField, errors -> formPage(actor, null, form, errors));
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        Counter counter = find(actor, id);
        String unitCode = directory.unitById(counter.unitId()).map(Unit::code).orElse("");
        return formPage(actor, counter, new CounterForm(counter.code(), counter.name(), unitCode, null), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body CounterForm form) {
        Actor actor = Actor.of(authentication);
        Counter current = find(actor, id);
        CounterForm shown = new CounterForm(current.code(), form.name(), form.unitCode(), null);
        return pages.save(request, "organisation.counters.flash.updated",
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
        Counter counter = find(actor, id);
        return pages.toggled(request, BASE + "/" + id,
                on ? "organisation.counters.flash.reactivated" : "organisation.counters.flash.deactivated",
                () -> registry.setActive(actor, counter.code(), on).name());
    }

    private static AdminPages.Saved saved(Counter counter) {
        return new AdminPages.Saved(counter.name(), BASE + "/" + counter.id());
    }

    private Counter find(Actor actor, long id) {
        String code = directory.counterById(id).map(Counter::code)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.counter.notFound", id));
        return registry.find(actor, code);
    }

    private ModelAndView<FormPage> formPage(Actor actor, Counter current, CounterForm form, FormErrors errors) {
        boolean creating = current == null;
        return new ModelAndView<>("admin/counters/form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(), creating || current.active(),
                creating ? null : current.name(), form, errors, pages.unitChoices(actor, form.unitCode()), BASE));
    }

    /** The counters list. */
    @Introspected
    record ListPage(String q, List<AdminPages.Group<Row>> groups, long total, Pager pager) {
    }

    /** One counter in the list. */
    @Introspected
    record Row(String code, String name, String unitName, boolean active, String href) {
    }

    /** The create or edit form. */
    @Introspected
    record FormPage(boolean creating, String action, boolean active, @Nullable String currentName, CounterForm form,
                    FormErrors errors, List<SelectOption> units, String backHref) {
    }

    /** The counter form as posted. */
    @Serdeable
    @Introspected
    record CounterForm(@Nullable String code, @Nullable String name, @Nullable String unitCode,
                       @Nullable String csrfToken) implements CsrfForm {

        CounterDraft draft() {
            return new CounterDraft(code, name, unitCode);
        }
    }
}
