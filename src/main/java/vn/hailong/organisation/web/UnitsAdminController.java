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
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitDraft;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Units admin: the subtree as an indented list with search and paging, create, edit, deactivate/reactivate. */
@Controller(UnitsAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UnitsAdminController {

    static final String BASE = "/quan-tri/don-vi";

    private final UnitRegistry registry;
    private final Directory directory;
    private final AdminPages pages;

    UnitsAdminController(UnitRegistry registry, Directory directory, AdminPages pages) {
        this.registry = registry;
        this.directory = directory;
        this.pages = pages;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String trang) {
        Actor actor = Actor.of(authentication);
        String search = AdminPages.search(q);
        Page<Unit> page = AdminPages.page(trang, p -> registry.search(actor, search, p));
        int rootDepth = depth(directory.unitById(actor.unitId()).map(Unit::path).orElse("/"));
        Map<Long, String> parents = new HashMap<>();
        List<Row> rows = page.getContent().stream().map(u -> new Row(u.code(), u.name(), u.type().name(),
                u.parentId() == null ? "" : parents.computeIfAbsent(u.parentId(), pages::unitName),
                Math.max(0, depth(u.path()) - rootDepth), u.active(), BASE + "/" + u.id())).toList();
        return new ModelAndView<>("admin/units/list", new ListPage(search, rows, page.getTotalSize(),
                AdminPages.pager(BASE, search, page)));
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication, @Nullable @QueryValue String capTren) {
        UnitForm empty = new UnitForm("", "", UnitType.COMMUNE.name(), capTren == null ? "" : capTren, "", "", "", null);
        return formPage(Actor.of(authentication), null, empty, FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body UnitForm form) {
        Actor actor = Actor.of(authentication);
        return pages.save(request, "organisation.units.flash.created",
                () -> saved(registry.create(actor, form.draft(form.parentCode()))),
                errors -> formPage(actor, null, form, errors));
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        Unit unit = find(actor, id);
        return formPage(actor, unit, UnitForm.of(unit, parentCode(unit)), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body UnitForm form) {
        Actor actor = Actor.of(authentication);
        Unit current = find(actor, id);
        UnitForm shown = form.withCode(current.code());
        // an unchanged parent is not re-checked, so an admin may edit the root of their own scope
        String parent = form.parentCode() == null || form.parentCode().equals(parentCode(current)) ? null
                : form.parentCode();
        return pages.save(request, "organisation.units.flash.updated",
                () -> saved(registry.update(actor, current.code(), form.draft(parent))),
                errors -> formPage(actor, current, shown, errors));
    }

    @Post("/{id}/ngung")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        Unit unit = find(actor, id);
        return pages.toggled(request, BASE + "/" + id, "organisation.units.flash.deactivated",
                () -> registry.deactivate(actor, unit.code()).name());
    }

    @Post("/{id}/kich-hoat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        Unit unit = find(actor, id);
        return pages.toggled(request, BASE + "/" + id, "organisation.units.flash.reactivated",
                () -> registry.reactivate(actor, unit.code()).name());
    }

    private static AdminPages.Saved saved(Unit unit) {
        return new AdminPages.Saved(unit.name(), BASE + "/" + unit.id());
    }

    private Unit find(Actor actor, long id) {
        String code = directory.unitById(id).map(Unit::code)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.unit.notFound", id));
        return registry.find(actor, code);
    }

    private String parentCode(Unit unit) {
        return unit.parentId() == null ? "" : directory.unitById(unit.parentId()).map(Unit::code).orElse("");
    }

    private ModelAndView<FormPage> formPage(Actor actor, Unit current, UnitForm form, FormErrors errors) {
        boolean creating = current == null;
        List<SelectOption> parents = pages.unitsInScope(actor).stream()
                .filter(Unit::active)
                // a unit cannot move under itself or its own subtree
                .filter(u -> creating || !u.isWithin(current.id()))
                .map(u -> SelectOption.text(u.code(), u.name() + " (" + u.code() + ")", u.code().equals(form.parentCode())))
                .toList();
        // the parent of the admin's own root lies outside their scope: shown, not offered
        String fixedParent = !creating && current.parentId() != null
                && parents.stream().noneMatch(o -> o.value().equals(form.parentCode()))
                ? pages.unitName(current.parentId()) : null;
        List<SelectOption> types = Arrays.stream(UnitType.values())
                .map(t -> SelectOption.key(t.name(), "organisation.unitType." + t.name(), t.name().equals(form.type())))
                .toList();
        return new ModelAndView<>("admin/units/form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(), creating || current.active(),
                creating ? null : current.name(), form, errors, parents, fixedParent, types, BASE));
    }

    /** The units list. */
    @Introspected
    record ListPage(String q, List<Row> rows, long total, Pager pager) {
    }

    /** One unit in the list; {@code depth} 0 is the admin's own root. */
    @Introspected
    record Row(String code, String name, String type, String parentName, int depth, boolean active, String href) {
        public String indent() {
            return "padding-left:" + (0.5 + depth * 1.5) + "rem";
        }
    }

    /** The create or edit form. */
    @Introspected
    record FormPage(boolean creating, String action, boolean active, @Nullable String currentName, UnitForm form,
                    FormErrors errors, List<SelectOption> parents, @Nullable String fixedParent,
                    List<SelectOption> types, String backHref) {
    }

    /** The unit form as posted; dates as typed (yyyy-mm-dd from a date input). */
    @Serdeable
    @Introspected
    record UnitForm(@Nullable String code, @Nullable String name, @Nullable String type, @Nullable String parentCode,
                    @Nullable String address, @Nullable String validFrom, @Nullable String validTo,
                    @Nullable String csrfToken) implements CsrfForm {

        static UnitForm of(Unit u, String parentCode) {
            return new UnitForm(u.code(), u.name(), u.type().name(), parentCode, AdminPages.text(u.address()),
                    AdminPages.text(u.validFrom()), AdminPages.text(u.validTo()), null);
        }

        UnitForm withCode(String c) {
            return new UnitForm(c, name, type, parentCode, address, validFrom, validTo, null);
        }

        UnitDraft draft(@Nullable String parent) {
            UnitType t = null;
            if (type != null && !type.isBlank()) {
                try {
                    t = UnitType.valueOf(type);
                } catch (IllegalArgumentException ignored) {
                    t = null;
                }
            }
            return new UnitDraft(code, name, t, parent, address, AdminPages.date("validFrom", validFrom),
                    AdminPages.date("validTo", validTo));
        }
    }
}
