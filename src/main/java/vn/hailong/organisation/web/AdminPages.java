package vn.hailong.organisation.web;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Catalogue;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/** What the directory admin pages share: paging, the units an admin may choose, and how refusals are shown. */
@Singleton
class AdminPages {

    static final int PAGE_SIZE = 20;
    /** The most units a select offers; a province has a few hundred. */
    private static final int MAX_CHOICES = 2000;

    private final UnitRegistry units;
    private final Directory directory;
    private final Catalogue catalogue;
    private final FlashMessages flash;
    private final RuleViolationMessages messages;

    AdminPages(UnitRegistry units, Directory directory, Catalogue catalogue, FlashMessages flash,
               RuleViolationMessages messages) {
        this.units = units;
        this.directory = directory;
        this.catalogue = catalogue;
        this.flash = flash;
        this.messages = messages;
    }

    static String search(String q) {
        return q == null ? "" : q.strip();
    }

    /** Page {@code trang} (1-based) of the list. */
    static Pageable page(Integer trang) {
        return Pageable.from(trang == null || trang < 1 ? 0 : trang - 1, PAGE_SIZE);
    }

    /** The active units in the actor's subtree, tree order, as choices; the one with {@code selectedCode} selected. */
    List<SelectOption> unitChoices(Actor actor, String selectedCode) {
        return unitsInScope(actor).stream().filter(Unit::active)
                .map(u -> SelectOption.text(u.code(), u.name() + " (" + u.code() + ")", u.code().equals(selectedCode)))
                .toList();
    }

    List<Unit> unitsInScope(Actor actor) {
        return units.search(actor, "", Pageable.from(0, MAX_CHOICES)).getContent();
    }

    /** Sectors and procedures are one province-wide catalogue: only an admin whose scope is the province edits it. */
    boolean editsCatalogue(Actor actor) {
        return catalogue.editableBy(actor);
    }

    String unitName(Long unitId) {
        return unitId == null ? "" : directory.unitById(unitId).map(Unit::name).orElse("");
    }

    /**
     * A refused submit: the same form again with every message of the use case next to its field (422), or for the
     * whole form when it names none (403 for a refusal). Not found is left to the error page (404).
     */
    static <T> HttpResponse<?> rejected(RuleViolation e, java.util.function.Function<FormErrors, ModelAndView<T>> form) {
        if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
            throw e;
        }
        HttpStatus status = e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return HttpResponse.status(status).body(form.apply(FormErrors.of(e)));
    }

    /** The form again with the page's own complaint about what was typed (422). */
    static HttpResponse<?> invalid(ModelAndView<?> form) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form);
    }

    /**
     * Deactivating or reactivating: back to the edit page with a flash saying what happened or why not. An object
     * outside the actor's reach stays a 404.
     */
    HttpResponse<?> toggled(HttpRequest<?> request, String back, String doneKey, Supplier<String> action) {
        try {
            String what = action.get();
            flash.success(request, doneKey, what);
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            flash.error(request, "organisation.flash.refused", messages.detail(e, messages.page(request)));
        }
        return HttpResponse.seeOther(URI.create(back));
    }

    /** A decimal typed the Vietnamese way (90,5) or the English way (90.5); null when empty. */
    static BigDecimal decimal(String value) throws NumberFormatException {
        if (value == null || value.isBlank()) {
            return null;
        }
        return new BigDecimal(value.strip().replace(',', '.'));
    }

    static Integer whole(String value) throws NumberFormatException {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
