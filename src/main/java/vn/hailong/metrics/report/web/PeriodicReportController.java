package vn.hailong.metrics.report.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import vn.hailong.metrics.report.PeriodicReports;
import vn.hailong.metrics.report.ReportKind;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.FormErrors;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /bao-cao/dinh-ky}: the periodic report (quarter, 6 or 9 months, year) of a unit subtree, as a printable
 * page, a PDF and a Word file to edit before signing ({@code .pdf}, {@code .docx} with the same query).
 */
@Controller("/bao-cao")
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class PeriodicReportController {

    static final String BASE = "/bao-cao/dinh-ky";
    static final Set<Role> READERS = Set.of(Role.ADMIN, Role.PROVINCE_MANAGER, Role.UNIT_MANAGER);
    private static final int YEARS_BACK = 5;

    private final PeriodicReports reports;
    private final ReportWording wording;
    private final ReportFiles files;
    private final ReportParameters parameters;
    private final UnitRegistry units;
    private final RuleViolationMessages messages;

    PeriodicReportController(PeriodicReports reports, ReportWording wording, ReportFiles files,
                             ReportParameters parameters, UnitRegistry units, RuleViolationMessages messages) {
        this.reports = reports;
        this.wording = wording;
        this.files = files;
        this.parameters = parameters;
        this.units = units;
        this.messages = messages;
    }

    @Get("/dinh-ky")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<ReportPage>> page(HttpRequest<?> request, Authentication authentication,
                                                @Nullable @QueryValue String unit, @Nullable @QueryValue String kind,
                                                @Nullable @QueryValue String year) {
        Actor actor = Actor.of(authentication);
        Locale locale = messages.page(request);
        Choice c = choice(actor, unit, kind, year);
        ReportDocument document = null;
        FormErrors errors = c.errors();
        if (errors.isEmpty()) {
            try {
                document = document(actor, c, locale);
            } catch (RuleViolation e) {
                if (e.kind() != RuleViolation.Kind.INVALID) {
                    throw e;
                }
                errors = FormErrors.of(e);
            }
        }
        String query = "?unit=" + URLEncoder.encode(c.unitCode(), StandardCharsets.UTF_8) + "&kind=" + c.kindValue()
                + "&year=" + c.yearValue();
        ReportPage page = new ReportPage(unitOptions(actor, c.unitCode()), kindOptions(c.kindValue()),
                yearOptions(c.yearValue()), document, BASE + ".pdf" + query, BASE + ".docx" + query, errors);
        return HttpResponse.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("metrics/periodic-report", page));
    }

    @Get("/dinh-ky.pdf")
    @Produces(ReportFiles.PDF)
    HttpResponse<byte[]> pdf(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String unit,
                             @Nullable @QueryValue String kind, @Nullable @QueryValue String year) {
        Locale locale = messages.page(request);
        Choice c = valid(Actor.of(authentication), unit, kind, year);
        byte[] body = files.pdf(document(Actor.of(authentication), c, locale), locale);
        return attachment(body, ReportFiles.PDF, c, "pdf");
    }

    @Get("/dinh-ky.docx")
    @Produces(ReportFiles.DOCX)
    HttpResponse<byte[]> docx(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String unit,
                              @Nullable @QueryValue String kind, @Nullable @QueryValue String year) {
        Locale locale = messages.page(request);
        Choice c = valid(Actor.of(authentication), unit, kind, year);
        byte[] body = files.docx(document(Actor.of(authentication), c, locale));
        return attachment(body, ReportFiles.DOCX, c, "docx");
    }

    private static HttpResponse<byte[]> attachment(byte[] body, String type, Choice c, String extension) {
        String name = "bao-cao-" + c.kindValue().toLowerCase(Locale.ROOT) + "-" + c.yearValue() + "-" + c.unitCode();
        return HttpResponse.ok(body).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + extension + "\"");
    }

    private ReportDocument document(Actor actor, Choice c, Locale locale) {
        return wording.document(reports.of(actor, c.unitCode(), c.kind(), c.year(),
                "en".equals(locale.getLanguage())), locale);
    }

    /** The request's unit, kind and year, defaulting to the actor's unit and this year's report so far. */
    private record Choice(String unitCode, ReportKind kind, String kindValue, int year, String yearValue,
                          FormErrors errors) {
    }

    private Choice choice(Actor actor, @Nullable String unit, @Nullable String kind, @Nullable String year) {
        FormErrors errors = FormErrors.none();
        String kindValue = kind == null || kind.isBlank() ? ReportKind.YEAR.name() : kind.strip();
        ReportKind k = ReportKind.parse(kindValue).orElse(null);
        if (k == null) {
            errors = errors.plusKey("kind", "reports.error.kind");
        }
        int y = parameters.today().getYear();
        String yearValue = year == null || year.isBlank() ? String.valueOf(y) : year.strip();
        try {
            y = Integer.parseInt(yearValue);
        } catch (NumberFormatException e) {
            errors = errors.plusKey("year", "reports.error.year", yearValue);
        }
        return new Choice(parameters.unitCode(actor, unit), k, kindValue, y, yearValue, errors);
    }

    private Choice valid(Actor actor, @Nullable String unit, @Nullable String kind, @Nullable String year) {
        Choice c = choice(actor, unit, kind, year);
        if (!c.errors().isEmpty()) {
            throw RuleViolation.invalid(c.kind() == null ? "kind" : "year",
                    c.kind() == null ? "reports.error.kind" : "reports.error.year", c.yearValue());
        }
        return c;
    }

    private List<SelectOption> unitOptions(Actor actor, String selected) {
        List<SelectOption> options = new ArrayList<>();
        units.search(actor, "", Pageable.from(0, 2000)).getContent().stream().filter(Unit::active)
                .forEach(u -> options.add(SelectOption.text(u.code(), u.name() + " (" + u.code() + ")",
                        u.code().equals(selected))));
        return options;
    }

    private static List<SelectOption> kindOptions(String selected) {
        return java.util.Arrays.stream(ReportKind.values())
                .map(k -> SelectOption.key(k.name(), "reports.kind." + k.name(), k.name().equals(selected))).toList();
    }

    private List<SelectOption> yearOptions(String selected) {
        int now = parameters.today().getYear();
        List<SelectOption> options = new ArrayList<>();
        for (int y = now; y > now - YEARS_BACK; y--) {
            options.add(SelectOption.text(String.valueOf(y), String.valueOf(y), String.valueOf(y).equals(selected)));
        }
        return options;
    }

    /** The choice of unit, kind and year, the report when it could be made, and its downloads. */
    @Introspected
    record ReportPage(List<SelectOption> units, List<SelectOption> kinds, List<SelectOption> years,
                      @Nullable ReportDocument document, String pdfHref, String docxHref, FormErrors errors) {
    }

    /** The link in the navigation and the feature's bundle ({@code i18n/reports*.properties}). */
    @Factory
    static class Navigation {

        @Singleton
        @Named("periodicReport")
        NavLink periodicReportLink() {
            return new NavLink(NavLink.Section.REPORTS, "reports.nav.periodic", BASE, READERS, 37);
        }

        @Singleton
        @Named("reports")
        MessageBundle reportMessages() {
            return new MessageBundle("i18n.reports");
        }
    }
}
