package vn.hailong.metrics.alerts.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import vn.hailong.metrics.alerts.Alert;
import vn.hailong.metrics.alerts.AlertList;
import vn.hailong.metrics.alerts.Period;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /bao-cao/canh-bao}: the cells of a manager's subtree that fell below target with enough n, worst first,
 * for a period (a preset or a custom range) and a unit of the subtree.
 */
@Controller(AlertsController.BASE)
@Produces(MediaType.TEXT_HTML)
@Secured({"UNIT_MANAGER", "PROVINCE_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AlertsController {

    static final String BASE = "/bao-cao/canh-bao";
    static final List<Period.Preset> PERIODS = List.of(Period.Preset.THIS_MONTH, Period.Preset.LAST_MONTH,
            Period.Preset.THIS_QUARTER, Period.Preset.LAST_QUARTER, Period.Preset.THIS_YEAR, Period.Preset.LAST_YEAR);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AlertList alerts;
    private final Directory directory;
    private final Units units;
    private final UnitScope scope;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    AlertsController(AlertList alerts, Directory directory, Units units, UnitScope scope, HttpLocaleResolver locales,
                     Clock clock) {
        this.alerts = alerts;
        this.directory = directory;
        this.units = units;
        this.scope = scope;
        this.locales = locales;
        this.clock = clock;
    }

    @Get
    HttpResponse<ModelAndView<AlertsPage>> page(HttpRequest<?> request, Authentication authentication,
                                                @Nullable @QueryValue("donVi") String unitCode,
                                                @Nullable @QueryValue("ky") String period,
                                                @Nullable @QueryValue("tu") String from,
                                                @Nullable @QueryValue("den") String to) {
        Actor actor = Actor.of(authentication);
        Locale locale = locales.resolveOrDefault(request);
        boolean english = "en".equals(locale.getLanguage());
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        List<Unit> subtree = units.findSubtree(scope.subtreePrefix(actor));
        Unit own = directory.unitById(actor.unitId()).orElseThrow();
        Unit unit = unitCode == null || unitCode.isBlank() ? own
                : subtree.stream().filter(u -> u.code().equals(unitCode.strip())).findFirst().orElseThrow(() ->
                RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
        FormErrors errors = FormErrors.none();
        Period chosen;
        try {
            chosen = Period.named(period, from, to, today, Period.Preset.THIS_QUARTER);
        } catch (RuleViolation e) {
            errors = FormErrors.of(e);
            chosen = Period.Preset.THIS_QUARTER.on(today);
        }
        AlertList.Result result = alerts.of(actor, unit.code(), chosen, english);
        NumberFormat f = NumberFormat.getNumberInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        List<Row> rows = result.alerts().stream().map(a -> row(a, f)).toList();
        List<SelectOption> periods = new ArrayList<>(PERIODS.stream().map(p -> SelectOption.key(p.value(),
                "targets.alerts.period." + p.value(), false)).toList());
        periods.add(SelectOption.key(Period.CUSTOM, "targets.alerts.period.custom", false));
        String key = errors.isEmpty() ? chosen.key() : Period.CUSTOM;
        periods = periods.stream().map(o -> SelectOption.key(o.value(), o.labelKey(), o.value().equals(key))).toList();
        List<SelectOption> unitOptions = subtree.stream()
                .map(u -> SelectOption.text(u.code(), u.name(), u.code().equals(unit.code()))).toList();
        AlertsPage page = new AlertsPage(unit.name(), DAY.format(chosen.from()), DAY.format(chosen.to()),
                from == null ? chosen.from().toString() : from, to == null ? chosen.to().toString() : to,
                periods, unitOptions, rows, result.checked(), result.tooFew(), result.minimumSample(),
                result.targetYear(), errors);
        return HttpResponse.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("metrics/alerts/list", page));
    }

    private static Row row(Alert a, NumberFormat f) {
        return new Row(a.dimension(), a.key(), a.name(), a.place(), a.n(), f.format(a.pct()), f.format(a.low()),
                f.format(a.high()), f.format(a.target()), f.format(a.gap()));
    }

    /** The alert list with its filters; {@code from}/{@code to} shown as dd/MM/yyyy, the inputs as typed (ISO). */
    @Introspected
    record AlertsPage(String unitName, String from, String to, String fromInput, String toInput,
                      List<SelectOption> periods, List<SelectOption> unitOptions, List<Row> rows, int checked,
                      int tooFew, int minimumSample, int targetYear, FormErrors errors) {
    }

    /** One cell below target, numbers formatted for the page's language. */
    @Introspected
    record Row(String dimension, String key, String name, @Nullable String place, long n, String pct, String low, String high,
               String target, String gap) {
    }
}
