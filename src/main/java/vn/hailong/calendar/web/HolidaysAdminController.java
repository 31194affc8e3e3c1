package vn.hailong.calendar.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
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
import vn.hailong.calendar.CalendarDay;
import vn.hailong.calendar.CalendarDayDraft;
import vn.hailong.calendar.DayKind;
import vn.hailong.calendar.DeadlineDependents;
import vn.hailong.calendar.EditingCalendar;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Holiday calendar admin: one year's days off and make-up working days (làm bù), the country's and the overrides
 * of units in scope; add, edit and remove rows; switch year. Province admins change the country's rows, every admin
 * the overrides of their units ({@link EditingCalendar} decides).
 */
@Controller(HolidaysAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class HolidaysAdminController {

    static final String BASE = "/quan-tri/lich-nghi";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EditingCalendar calendar;
    private final UnitRegistry units;
    private final FlashMessages flash;
    private final Clock clock;

    HolidaysAdminController(EditingCalendar calendar, UnitRegistry units, FlashMessages flash, Clock clock) {
        this.calendar = calendar;
        this.units = units;
        this.flash = flash;
        this.clock = clock;
    }

    @Get
    ModelAndView<YearPage> year(Authentication authentication, @Nullable @QueryValue String nam) {
        Actor actor = Actor.of(authentication);
        int year = year(nam);
        DayForm empty = new DayForm("", DayKind.HOLIDAY.name(), "", defaultScope(actor), null, null);
        return yearPage(actor, year, empty, FormErrors.none());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String nam,
                        @Body DayForm form) {
        Actor actor = Actor.of(authentication);
        int shownYear = year(nam);
        try {
            if (!form.confirmed()) {
                List<DeadlineDependents.Moved> moved = calendar.previewAdd(actor, form.draft(true));
                if (!moved.isEmpty()) {
                    return HttpResponse.ok(confirmPage("add", BASE + "?nam=" + shownYear, form, moved,
                            BASE + "?nam=" + shownYear));
                }
            }
            CalendarDay day = calendar.add(actor, form.draft(true));
            flash.success(request, "calendar.flash.added", SHOWN.format(day.day()));
            return HttpResponse.seeOther(URI.create(BASE + "?nam=" + day.day().getYear()));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            return HttpResponse.status(status(e)).body(yearPage(actor, shownYear, form, FormErrors.of(e)));
        } catch (DateTimeParseException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(yearPage(actor, shownYear, form, FormErrors.key("day", "calendar.form.notADate")));
        }
    }

    @Get("/{id}")
    ModelAndView<EditPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        EditingCalendar.Entry entry = calendar.find(actor, id);
        CalendarDay d = entry.day();
        return editPage(entry, new DayForm(d.day().toString(), d.kind().name(), d.name(), null, null, null), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body DayForm form) {
        Actor actor = Actor.of(authentication);
        EditingCalendar.Entry entry = calendar.find(actor, id);
        try {
            if (!form.confirmed()) {
                List<DeadlineDependents.Moved> moved = calendar.previewUpdate(actor, id, form.draft(false));
                if (!moved.isEmpty()) {
                    return HttpResponse.ok(confirmPage("update", BASE + "/" + id, form, moved, BASE + "/" + id));
                }
            }
            CalendarDay day = calendar.update(actor, id, form.draft(false));
            flash.success(request, "calendar.flash.updated", SHOWN.format(day.day()));
            return HttpResponse.seeOther(URI.create(BASE + "?nam=" + day.day().getYear()));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            return HttpResponse.status(status(e)).body(editPage(entry, form, FormErrors.of(e)));
        } catch (DateTimeParseException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(editPage(entry, form, FormErrors.key("day", "calendar.form.notADate")));
        }
    }

    @Post("/{id}/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Nullable @Body RemoveForm form) {
        Actor actor = Actor.of(authentication);
        EditingCalendar.Entry entry = calendar.find(actor, id);
        try {
            if (form == null || !"1".equals(form.confirm())) {
                List<DeadlineDependents.Moved> moved = calendar.previewRemove(actor, id);
                if (!moved.isEmpty()) {
                    CalendarDay d = entry.day();
                    return HttpResponse.ok(confirmPage("remove", BASE + "/" + id + "/xoa",
                            new DayForm(d.day().toString(), d.kind().name(), d.name(), null, null, null), moved,
                            BASE + "/" + id));
                }
            }
            CalendarDay removed = calendar.remove(actor, id);
            flash.success(request, "calendar.flash.removed", SHOWN.format(removed.day()));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            flash.error(request, "calendar.flash.refused", e.getMessage());
        }
        return HttpResponse.seeOther(URI.create(BASE + "?nam=" + entry.day().day().getYear()));
    }

    private ModelAndView<ConfirmPage> confirmPage(String what, String action, DayForm form,
                                                  List<DeadlineDependents.Moved> moved, String cancelHref) {
        DateTimeFormatter at = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(vn.hailong.shared.time.ClockFactory.VIETNAM);
        List<MovedRow> rows = moved.stream().map(m -> new MovedRow(m.caseCode(), m.stepKey(), at.format(m.storedDue()),
                at.format(m.newDue()))).toList();
        String date;
        try {
            date = form.day() == null || form.day().isBlank() ? "" : SHOWN.format(LocalDate.parse(form.day().strip()));
        } catch (DateTimeParseException e) {
            date = form.day();
        }
        return new ModelAndView<>("admin/calendar/confirm", new ConfirmPage(what, date, action,
                form.day() == null ? "" : form.day(), form.kind() == null ? "" : form.kind(),
                form.name() == null ? "" : form.name(), "add".equals(what) ? (form.unitCode() == null ? "" : form.unitCode()) : null,
                "remove".equals(what), rows, cancelHref));
    }

    private static HttpStatus status(RuleViolation e) {
        return e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private int year(String value) {
        int current = LocalDate.now(clock).getYear();
        if (value == null || value.isBlank()) {
            return current;
        }
        try {
            int y = Integer.parseInt(value.strip());
            return y >= 1990 && y <= 2200 ? y : current;
        } catch (NumberFormatException e) {
            return current;
        }
    }

    private String defaultScope(Actor actor) {
        return calendar.editsCountry(actor) ? "" : unitCodeOf(actor);
    }

    /** The root of the actor's scope: the first unit in tree order. */
    private String unitCodeOf(Actor actor) {
        return units.search(actor, "", Pageable.from(0, 1)).getContent().stream().findFirst().map(Unit::code)
                .orElse("");
    }

    private ModelAndView<YearPage> yearPage(Actor actor, int year, DayForm form, FormErrors errors) {
        List<Row> rows = calendar.year(actor, year).stream().map(e -> new Row(e.day().id(), e.day().day().toString(),
                SHOWN.format(e.day().day()), "calendar.weekday." + e.day().day().getDayOfWeek().name(),
                e.day().kind().name(), e.day().name(), e.unit() == null ? null : e.unit().name(), e.editable(),
                BASE + "/" + e.day().id())).toList();
        List<SelectOption> scopes = new ArrayList<>();
        if (calendar.editsCountry(actor)) {
            scopes.add(SelectOption.key("", "calendar.scope.country", form.unitCode() == null || form.unitCode().isEmpty()));
        }
        units.search(actor, "", Pageable.from(0, 2000)).getContent().stream().filter(Unit::active)
                .forEach(u -> scopes.add(SelectOption.text(u.code(), u.name() + " (" + u.code() + ")",
                        u.code().equals(form.unitCode()))));
        return new ModelAndView<>("admin/calendar/holidays", new YearPage(year, BASE + "?nam=" + (year - 1),
                BASE + "?nam=" + (year + 1), rows, calendar.editsCountry(actor), BASE + "?nam=" + year, form, errors,
                kinds(form.kind()), scopes));
    }

    private ModelAndView<EditPage> editPage(EditingCalendar.Entry entry, DayForm form, FormErrors errors) {
        CalendarDay d = entry.day();
        return new ModelAndView<>("admin/calendar/edit", new EditPage(BASE + "/" + d.id(), SHOWN.format(d.day()),
                entry.unit() == null ? null : entry.unit().name(), entry.editable(), form, errors, kinds(form.kind()),
                BASE + "?nam=" + d.day().getYear()));
    }

    private static List<SelectOption> kinds(String selected) {
        return Arrays.stream(DayKind.values())
                .map(k -> SelectOption.key(k.name(), "calendar.kind." + k.name(), k.name().equals(selected))).toList();
    }

    /** A year of the calendar with the add form. */
    @Introspected
    record YearPage(int year, String previousHref, String nextHref, List<Row> rows, boolean editsCountry,
                    String addAction, DayForm form, FormErrors errors, List<SelectOption> kinds,
                    List<SelectOption> scopes) {
    }

    /** One row: {@code unitName} null for the whole country. */
    @Introspected
    record Row(long id, String isoDate, String date, String weekdayKey, String kind, String name,
               @Nullable String unitName, boolean editable, String href) {
    }

    /** Editing one row; its scope (country or unit) does not change. */
    @Introspected
    record EditPage(String action, String date, @Nullable String unitName, boolean editable, DayForm form,
                    FormErrors errors, List<SelectOption> kinds, String backHref) {
    }

    /**
     * The open deadlines an edit would move, before it is written: confirming posts the same edit again with
     * {@code confirm=1}; cancelling goes back and writes nothing. {@code unitCode} null except when adding.
     */
    @Introspected
    record ConfirmPage(String what, String date, String action, String day, String kind, String name,
                       @Nullable String unitCode, boolean removing, List<MovedRow> rows, String cancelHref) {
    }

    /** One due time that moves: {@code stepKey} names the step (the complaints feature's message key). */
    @Introspected
    record MovedRow(String caseCode, String stepKey, String storedDue, String newDue) {
    }

    /** Removing a row: the token, and {@code confirm=1} once the admin saw the deadlines it moves. */
    @Serdeable
    @Introspected
    record RemoveForm(@Nullable String csrfToken, @Nullable String confirm) implements CsrfForm {
    }

    /**
     * A calendar row as posted; {@code unitCode} empty for the country (only read when adding); {@code confirm} "1"
     * when posted from the page that listed the deadlines the edit moves.
     */
    @Serdeable
    @Introspected
    record DayForm(@Nullable String day, @Nullable String kind, @Nullable String name, @Nullable String unitCode,
                   @Nullable String csrfToken, @Nullable String confirm) implements CsrfForm {

        boolean confirmed() {
            return "1".equals(confirm);
        }

        CalendarDayDraft draft(boolean adding) {
            LocalDate d = day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
            DayKind k = null;
            if (kind != null && !kind.isBlank()) {
                try {
                    k = DayKind.valueOf(kind.strip());
                } catch (IllegalArgumentException ignored) {
                    k = null;
                }
            }
            return new CalendarDayDraft(d, k, name, adding ? unitCode : null);
        }
    }
}
