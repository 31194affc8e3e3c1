package vn.hailong.organisation.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
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
import vn.hailong.shared.paging.PageWindow;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the directory admin pages share: paging, the create/edit/deactivate flow, the units an admin may choose, and
 * how refusals and unreadable fields are shown.
 */
@Singleton
class AdminPages {

    static final int PAGE_SIZE = 20;
    /** The most units a select offers; a province has a few hundred. */
    private static final int MAX_CHOICES = 2000;

    private final UnitRegistry units;
    private final Directory directory;
    private final Catalogue catalogue;
    private final FlashMessages flash;

    AdminPages(UnitRegistry units, Directory directory, Catalogue catalogue, FlashMessages flash) {
        this.units = units;
        this.directory = directory;
        this.catalogue = catalogue;
        this.flash = flash;
    }

    static String search(String q) {
        return q == null ? "" : q.strip();
    }

    /**
     * Page {@code trang} (1-based, as the address carries it, any text) of a list. A page past the end shows the
     * last one; anything that is not a page number shows the first.
     */
    static <T> Page<T> page(@Nullable String trang, Function<Pageable, Page<T>> query) {
        Page<T> first = query.apply(Pageable.from(0, PAGE_SIZE));
        PageWindow window = PageWindow.of(Pager.requested(trang), PAGE_SIZE, first.getTotalSize());
        return window.page() == 1 ? first : query.apply(Pageable.from(window.page() - 1, PAGE_SIZE));
    }

    /** Rows of one unit in a list grouped by unit (counters, officers). */
    @Introspected
    record Group<R>(String unitName, List<R> rows) {
    }

    /** Consecutive rows of the same unit as one group each, in list order. */
    static <R> List<Group<R>> byUnit(List<R> rows, Function<R, String> unitName) {
        List<Group<R>> groups = new ArrayList<>();
        for (R row : rows) {
            String name = unitName.apply(row);
            if (groups.isEmpty() || !groups.get(groups.size() - 1).unitName().equals(name)) {
                groups.add(new Group<>(name, new ArrayList<>()));
            }
            groups.get(groups.size() - 1).rows().add(row);
        }
        return groups;
    }

    /** The paging links under a list page of {@code base}. */
    static Pager pager(String base, String search, Page<?> page) {
        return Pager.of(base, search, page.getPageNumber() + 1, Math.max(1, page.getTotalPages()));
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

    /** What a saved form leads to: the name the flash shows and the page to go to. */
    record Saved(String name, String href) {
    }

    /**
     * Submitting a create or edit form: saved, a flash naming it and a redirect to it; refused, or a field that
     * could not be read, the same form again with what was typed and the message beside its field.
     */
    HttpResponse<?> save(HttpRequest<?> request, String doneKey, Supplier<Saved> action,
                         Function<FormErrors, ModelAndView<?>> form) {
        return save(request, doneKey, action, UnaryOperator.identity(), form);
    }

    /** The same, with a refusal first placed by {@code placed} (e.g. {@link #unitField}). */
    HttpResponse<?> save(HttpRequest<?> request, String doneKey, Supplier<Saved> action,
                         UnaryOperator<RuleViolation> placed, Function<FormErrors, ModelAndView<?>> form) {
        try {
            Saved saved = action.get();
            flash.success(request, doneKey, saved.name());
            return HttpResponse.seeOther(URI.create(saved.href()));
        } catch (RuleViolation e) {
            return rejected(placed.apply(e), form);
        } catch (Unreadable e) {
            return HttpResponse.unprocessableEntity().body(form.apply(FormErrors.key(e.field, e.key)));
        }
    }

    /**
     * A refused submit: the same form again with every message of the use case next to its field (422), or for the
     * whole form when it names none (403 for a refusal). Not found is left to the error page (404).
     */
    static HttpResponse<?> rejected(RuleViolation e, Function<FormErrors, ModelAndView<?>> form) {
        if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
            throw e;
        }
        HttpStatus status = e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return HttpResponse.status(status).body(form.apply(FormErrors.of(e)));
    }

    /** A unit outside the admin's scope is refused without naming a field; it belongs next to the unit choice. */
    static RuleViolation unitField(RuleViolation e) {
        return e.kind() == RuleViolation.Kind.FORBIDDEN && e.field().isEmpty()
                ? RuleViolation.invalid("unitCode", e.key(), e.problems().get(0).arguments()) : e;
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
            flash.refused(request, "organisation.flash.refused", e);
        }
        return HttpResponse.seeOther(URI.create(back));
    }

    /** A field typed as something the form cannot read (a date, a number); {@code key} says what it should be. */
    static final class Unreadable extends RuntimeException {
        final String field;
        final String key;

        Unreadable(String field, String key) {
            super(field, null, false, false);
            this.field = field;
            this.key = key;
        }
    }

    /** A decimal typed the Vietnamese way (90,5) or the English way (90.5); null when empty. */
    static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Unreadable(field, "organisation.form.notANumber");
        }
    }

    /** A whole number; null when empty. */
    static Integer whole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new Unreadable(field, "organisation.form.notAWholeNumber");
        }
    }

    /** A date as a date input sends it (yyyy-mm-dd); null when empty. */
    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Unreadable(field, "organisation.form.notADate");
        }
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
