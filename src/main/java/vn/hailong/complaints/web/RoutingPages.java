package vn.hailong.complaints.web;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the routing, teams and policy admin pages share (as the directory pages' AdminPages): saving a form with a
 * flash and a redirect or the form again with its messages, toggling, and the units an admin may choose.
 */
@Singleton
class RoutingPages {

    private static final int MAX_CHOICES = 2000;

    private final UnitRegistry units;
    private final Directory directory;
    private final FlashMessages flash;

    RoutingPages(UnitRegistry units, Directory directory, FlashMessages flash) {
        this.units = units;
        this.directory = directory;
        this.flash = flash;
    }

    /** What a saved form leads to: the name the flash shows and the page to go to. */
    record Saved(String name, String href) {
    }

    HttpResponse<?> save(HttpRequest<?> request, String doneKey, Supplier<Saved> action,
                         Function<FormErrors, ModelAndView<?>> form) {
        try {
            Saved saved = action.get();
            flash.success(request, doneKey, saved.name());
            return HttpResponse.seeOther(URI.create(saved.href()));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            HttpStatus status = e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                    : HttpStatus.UNPROCESSABLE_ENTITY;
            return HttpResponse.status(status).body(form.apply(FormErrors.of(e)));
        }
    }

    /** A button's action (deactivate, remove a member): back to {@code back} with a flash saying what happened or why not. */
    HttpResponse<?> done(HttpRequest<?> request, String back, String doneKey, Supplier<String> action) {
        try {
            flash.success(request, doneKey, action.get());
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            flash.refused(request, "routing.flash.refused", e);
        }
        return HttpResponse.seeOther(URI.create(back));
    }

    /** The active units in the actor's subtree, tree order. */
    List<Unit> unitsInScope(Actor actor) {
        return units.search(actor, "", Pageable.from(0, MAX_CHOICES)).getContent().stream().filter(Unit::active).toList();
    }

    List<SelectOption> unitChoices(Actor actor, String selectedCode) {
        return unitsInScope(actor).stream()
                .map(u -> SelectOption.text(u.code(), u.name() + " (" + u.code() + ")", u.code().equals(selectedCode)))
                .toList();
    }

    String unitName(Long unitId) {
        return unitId == null ? "" : directory.unitById(unitId).map(Unit::name).orElse("");
    }

    String unitCode(Long unitId) {
        return unitId == null ? "" : directory.unitById(unitId).map(Unit::code).orElse("");
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
