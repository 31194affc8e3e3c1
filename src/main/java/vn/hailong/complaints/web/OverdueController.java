package vn.hailong.complaints.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.complaints.escalation.OverdueList;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.NavBadge;
import vn.hailong.web.NavLink;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;
import vn.hailong.web.TableExport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /xu-ly/qua-han}: the overdue list ("5 rõ") for unit and province managers (their subtree) and handlers
 * (their own cases), filtered by unit, latest first, with CSV and XLSX downloads of the same rows.
 */
@Controller("/xu-ly")
@Produces(MediaType.TEXT_HTML)
@Secured({"HANDLER", "UNIT_MANAGER", "PROVINCE_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class OverdueController {

    static final String BASE = "/xu-ly/qua-han";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ClockFactory.VIETNAM);

    private final OverdueList overdue;
    private final UnitRegistry units;
    private final RuleViolationMessages messages;
    private final Clock clock;

    OverdueController(OverdueList overdue, UnitRegistry units, RuleViolationMessages messages, Clock clock) {
        this.overdue = overdue;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @Get("/qua-han")
    HttpResponse<ModelAndView<ListPage>> list(HttpRequest<?> request, Authentication authentication,
                                              @Nullable @QueryValue String donVi) {
        Actor actor = Actor.of(authentication);
        Locale locale = messages.page(request);
        String unit = donVi == null ? "" : donVi.strip();
        List<OverdueList.Row> found;
        FormErrors errors = FormErrors.none();
        try {
            found = overdue.list(actor, unit);
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            errors = FormErrors.of(e);
            found = List.of();
        }
        List<Row> rows = found.stream().map(r -> row(r, locale)).toList();
        String query = unit.isEmpty() ? "" : "?donVi=" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
        ListPage page = new ListPage(rows, unitOptions(actor, unit), actor.role() == Role.HANDLER, BASE + ".csv" + query,
                BASE + ".xlsx" + query, errors);
        return HttpResponse.status(errors.isEmpty() ? io.micronaut.http.HttpStatus.OK
                : io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("complaints/overdue", page));
    }

    @Get("/qua-han.csv")
    @Produces("text/csv")
    HttpResponse<byte[]> csv(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String donVi) {
        Locale locale = messages.page(request);
        byte[] body = TableExport.csv(header(locale), table(Actor.of(authentication), donVi, locale));
        return HttpResponse.ok(body).contentType(TableExport.CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName() + ".csv\"");
    }

    @Get("/qua-han.xlsx")
    @Produces(TableExport.XLSX)
    HttpResponse<byte[]> xlsx(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String donVi) {
        Locale locale = messages.page(request);
        byte[] body = TableExport.xlsx(messages.text(locale, "complaints.overdue.sheet"), header(locale),
                table(Actor.of(authentication), donVi, locale));
        return HttpResponse.ok(body).contentType(TableExport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName() + ".xlsx\"");
    }

    private String fileName() {
        return "qua-han-" + LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
    }

    private List<String> header(Locale locale) {
        return List.of("code", "kind", "text", "step", "dueAt", "lateDays", "lateHours", "assignee", "unit", "status")
                .stream().map(c -> messages.text(locale, "complaints.overdue.field." + c)).toList();
    }

    private List<List<Object>> table(Actor actor, @Nullable String unitCode, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (OverdueList.Row r : overdue.list(actor, unitCode)) {
            List<Object> row = new ArrayList<>();
            row.add(r.trackingCode());
            row.add(messages.text(locale, "complaints.overdue.kind." + r.kind().name()));
            row.add(r.shortText());
            row.add(messages.text(locale, "complaints.overdue.step." + r.step().name()));
            row.add(SHOWN.format(r.dueAt()));
            row.add(r.lateDays());
            row.add(r.lateHours());
            row.add(r.assigneeName() == null ? messages.text(locale, "complaints.overdue.unassigned") : r.assigneeName());
            row.add(r.unitName());
            row.add(messages.text(locale, "complaints.overdue.status." + r.status().name()));
            rows.add(row);
        }
        return rows;
    }

    private Row row(OverdueList.Row r, Locale locale) {
        return new Row(r.trackingCode(), r.kind().name(), r.shortText(), r.step().name(), SHOWN.format(r.dueAt()),
                r.dueAt().toString(), messages.text(locale, "complaints.overdue.late", r.lateDays(), r.lateHours()),
                r.lateDays(), r.assigneeName(), r.unitName(), r.status().name(), r.escalated());
    }

    private List<SelectOption> unitOptions(Actor actor, String selected) {
        List<SelectOption> options = new ArrayList<>();
        options.add(SelectOption.key("", "complaints.overdue.allUnits", selected.isEmpty()));
        units.search(actor, "", Pageable.from(0, 2000)).getContent().stream().filter(Unit::active)
                .forEach(u -> options.add(SelectOption.text(u.code(), u.name() + " (" + u.code() + ")",
                        u.code().equals(selected))));
        return options;
    }

    /** The list with its unit filter and download links. */
    @Introspected
    record ListPage(List<Row> rows, List<SelectOption> units, boolean ownOnly, String csvHref, String xlsxHref,
                    FormErrors errors) {
    }

    /** One late step; {@code late} in words ("2 ngày 3 giờ làm việc"). */
    @Introspected
    record Row(String code, String kind, String text, String step, String dueAt, String dueIso, String late,
               long lateDays, @Nullable String assignee, @Nullable String unit, String status, boolean escalated) {
    }

    /** The link in the navigation, and its badge: the cases overdue in the user's reach. */
    @Factory
    static class Navigation {

        @Singleton
        @Named("overdue")
        NavLink overdueLink() {
            return new NavLink(NavLink.Section.HANDLING, "complaints.nav.overdue", BASE, OverdueList.READERS, 15);
        }

        @Singleton
        @Named("overdue")
        NavBadge overdueBadge(OverdueList overdue) {
            return new NavBadge() {
                @Override
                public String href() {
                    return BASE;
                }

                @Override
                public long count(Actor actor) {
                    return overdue.count(actor);
                }

                @Override
                public String labelKey() {
                    return "complaints.nav.overdueBadge";
                }
            };
        }
    }
}
