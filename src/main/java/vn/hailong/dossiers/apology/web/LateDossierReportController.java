package vn.hailong.dossiers.apology.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import vn.hailong.dossiers.apology.LateDossierFigures;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;
import vn.hailong.web.TableExport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /bao-cao/ho-so-tre-han?donVi=&tuNgay=&denNgay=}: late dossiers per unit of a subtree in a period (by the
 * first promised return date), with and without a timely apology, and the same table as CSV or XLSX. Managers and
 * admins, within their subtree; the period defaults to this month so far.
 */
@Controller(LateDossierReportController.BASE)
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class LateDossierReportController {

    static final String BASE = "/bao-cao/ho-so-tre-han";

    private final LateDossierFigures figures;
    private final Units units;
    private final UnitScope scope;
    private final RuleViolationMessages messages;
    private final Clock clock;

    LateDossierReportController(LateDossierFigures figures, Units units, UnitScope scope,
                                RuleViolationMessages messages, Clock clock) {
        this.figures = figures;
        this.units = units;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    HttpResponse<ModelAndView<ReportPage>> page(HttpRequest<?> request, Authentication authentication,
                                                @Nullable @QueryValue String donVi, @Nullable @QueryValue String tuNgay,
                                                @Nullable @QueryValue String denNgay) {
        Actor actor = Actor.of(authentication);
        Locale locale = messages.page(request);
        Choice choice = choice(actor, donVi, tuNgay, denNgay);
        List<Row> rows = List.of();
        Row total = null;
        FormErrors errors = choice.errors();
        if (errors.isEmpty()) {
            try {
                LateDossierFigures.Report report = figures.report(actor, choice.subtree(), choice.from(), choice.to());
                rows = report.rows().stream().map(r -> row(r, locale)).toList();
                total = row(report.total(), locale);
            } catch (RuleViolation e) {
                if (e.kind() != RuleViolation.Kind.INVALID) {
                    throw e;
                }
                errors = FormErrors.of(e);
            }
        }
        String query = "?donVi=" + encode(choice.subtree().get(0).code()) + "&tuNgay=" + choice.from()
                + "&denNgay=" + choice.to();
        List<SelectOption> unitOptions = units.findSubtree(scope.subtreePrefix(actor)).stream()
                .map(u -> SelectOption.text(u.code(), u.name(), u.id().equals(choice.subtree().get(0).id()))).toList();
        ReportPage page = new ReportPage(unitOptions, choice.from().toString(), choice.to().toString(), rows, total,
                BASE + "/xuat/ho-so-tre-han.csv" + query, BASE + "/xuat/ho-so-tre-han.xlsx" + query, errors);
        return HttpResponse.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("dossiers/late-report", page));
    }

    @Get("/xuat/{file}")
    HttpResponse<byte[]> export(HttpRequest<?> request, Authentication authentication, @PathVariable String file,
                                @Nullable @QueryValue String donVi, @Nullable @QueryValue String tuNgay,
                                @Nullable @QueryValue String denNgay) {
        boolean csv = file.equals("ho-so-tre-han.csv");
        if (!csv && !file.equals("ho-so-tre-han.xlsx")) {
            throw RuleViolation.notFound("apology.error.export", file);
        }
        Actor actor = Actor.of(authentication);
        Locale locale = messages.page(request);
        Choice choice = choice(actor, donVi, tuNgay, denNgay);
        if (!choice.errors().isEmpty()) {
            throw RuleViolation.invalid("tuNgay", "apology.error.date");
        }
        LateDossierFigures.Report report = figures.report(actor, choice.subtree(), choice.from(), choice.to());
        List<String> header = List.of("unit", "late", "timely", "lateApology", "none", "timelyPct").stream()
                .map(k -> messages.text(locale, "apology.report.col." + k)).toList();
        List<List<Object>> body = new ArrayList<>();
        report.rows().forEach(r -> body.add(cells(r, r.unit().name())));
        body.add(cells(report.total(), messages.text(locale, "apology.report.total")));
        String name = "ho-so-tre-han-" + choice.subtree().get(0).code() + "-" + choice.from() + "-" + choice.to();
        byte[] bytes = csv ? TableExport.csv(header, body)
                : TableExport.xlsx(messages.text(locale, "apology.report.sheet"), header, body);
        return HttpResponse.ok(bytes).contentType(csv ? TableExport.CSV : TableExport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + (csv ? ".csv" : ".xlsx") + "\"");
    }

    private static List<Object> cells(LateDossierFigures.Row r, String unit) {
        List<Object> cells = new ArrayList<>(List.of(unit, r.late(), r.timelyApology(), r.lateApology(),
                r.noApology()));
        cells.add(r.timelyPct() == null ? null : Math.round(r.timelyPct() * 10) / 10.0);
        return cells;
    }

    /** The unit (with its subtree, the unit first) and the period asked for, or why they cannot be read. */
    private record Choice(List<Unit> subtree, LocalDate from, LocalDate to, FormErrors errors) {
    }

    private Choice choice(Actor actor, @Nullable String unitCode, @Nullable String from, @Nullable String to) {
        Unit unit = unitCode == null || unitCode.isBlank() ? units.findById(actor.unitId()).orElseThrow()
                : units.findByCode(unitCode.strip())
                .filter(u -> scope.covers(actor, u.id()))
                .orElseThrow(() -> RuleViolation.notFound("apology.error.unit.notFound", unitCode.strip()));
        List<Unit> subtree = new ArrayList<>();
        subtree.add(unit);
        units.findSubtree(unit.path()).stream().filter(u -> !u.id().equals(unit.id())).forEach(subtree::add);
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        FormErrors errors = FormErrors.none();
        LocalDate start = today.withDayOfMonth(1);
        LocalDate end = today;
        try {
            start = from == null || from.isBlank() ? start : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            errors = errors.plusKey("tuNgay", "apology.error.date");
        }
        try {
            end = to == null || to.isBlank() ? end : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            errors = errors.plusKey("denNgay", "apology.error.date");
        }
        return new Choice(subtree, start, end, errors);
    }

    private Row row(LateDossierFigures.Row r, Locale locale) {
        String pct = r.timelyPct() == null ? "—"
                : String.format(Locale.forLanguageTag("vi"), "%.1f%%", r.timelyPct());
        return new Row(r.unit() == null ? messages.text(locale, "apology.report.total") : r.unit().name(),
                r.unit() == null ? null : r.unit().code(), r.late(), r.timelyApology(), r.lateApology(),
                r.noApology(), pct);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The chooser, the rows per unit and the total (null when the choice could not be read). */
    @Introspected
    record ReportPage(List<SelectOption> units, String from, String to, List<Row> rows, @Nullable Row total,
                      String csvHref, String xlsxHref, FormErrors errors) {
    }

    /** One unit's figures ({@code code} null for the total); {@code timelyPct} in words ("66,7%", "—"). */
    @Introspected
    record Row(String unit, @Nullable String code, long late, long timely, long lateApology, long none,
               String timelyPct) {
    }
}
