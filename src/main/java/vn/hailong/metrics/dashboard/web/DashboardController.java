package vn.hailong.metrics.dashboard.web;

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
import vn.hailong.metrics.dashboard.Dashboard;
import vn.hailong.metrics.dashboard.DashboardFigures;
import vn.hailong.metrics.dashboard.Period;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code /bao-cao}: the managers' dashboard for a unit subtree ({@code unit}, default the user's own) and a period
 * ({@code period} preset, or {@code from}/{@code to} for a custom one), the figures as text and tables, the charts
 * drawn from the same figures by {@code /static/dashboard.js}.
 */
@Controller(DashboardController.BASE)
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    static final String BASE = "/bao-cao";

    private final Dashboard dashboard;
    private final UnitRegistry units;
    private final RuleViolationMessages messages;
    private final DashboardCharts charts;
    private final Clock clock;

    DashboardController(Dashboard dashboard, UnitRegistry units, RuleViolationMessages messages,
                        DashboardCharts charts, Clock clock) {
        this.dashboard = dashboard;
        this.units = units;
        this.messages = messages;
        this.charts = charts;
        this.clock = clock;
    }

    @Get
    HttpResponse<ModelAndView<DashboardPage>> show(HttpRequest<?> request, Authentication authentication,
                                                  @Nullable @QueryValue String unit,
                                                  @Nullable @QueryValue String period,
                                                  @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Actor actor = Actor.of(authentication);
        boolean english = messages.page(request).getLanguage().equals(Locale.ENGLISH.getLanguage());
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        String unitCode = unit == null || unit.isBlank() ? dashboard.homeUnitCode(actor) : unit.strip();
        FormErrors errors = FormErrors.none();
        Period chosen;
        try {
            chosen = Period.of(period, from, to, today);
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            errors = FormErrors.of(e);
            chosen = Period.preset(Period.DEFAULT, today);
        }
        DashboardFigures figures = dashboard.of(actor, unitCode, chosen, english);
        DashboardPage page = new DashboardPage(figures, new Links(figures.unitCode(), chosen),
                periodOptions(chosen), unitOptions(actor, figures.unitCode()), charts.trend(figures),
                charts.units(figures), charts.elements(figures), errors);
        return HttpResponse.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("metrics/dashboard", page));
    }

    private static List<SelectOption> periodOptions(Period chosen) {
        return Arrays.stream(Period.Preset.values()).map(p -> SelectOption.key(p.param(),
                "dashboard.period." + p.param(), p == chosen.preset())).toList();
    }

    /** The units in the user's reach, in tree order, indented by depth below the user's own unit. */
    private List<SelectOption> unitOptions(Actor actor, String selected) {
        List<Unit> reachable = new ArrayList<>(units.search(actor, "", Pageable.from(0, 2000)).getContent());
        reachable.sort(Comparator.comparing(Unit::path));
        int top = reachable.stream().mapToInt(u -> depth(u.path())).min().orElse(0);
        return reachable.stream().filter(u -> u.active() || u.code().equals(selected))
                .map(u -> SelectOption.text(u.code(), "\u2003".repeat(Math.max(0, depth(u.path()) - top)) + u.name(),
                        u.code().equals(selected)))
                .toList();
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    /** The page: the figures, the filter's choices, links (drill-down, exports) and the charts' data (JSON). */
    @Introspected
    record DashboardPage(DashboardFigures f, Links links, List<SelectOption> periods, List<SelectOption> units,
                         String trendChart, String unitsChart, String elementsChart, FormErrors errors) {
    }
}
