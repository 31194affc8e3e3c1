package vn.hailong.metrics.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The minimum of the satisfaction metric (product.md §4.8). */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ratings")
class MetricsApiController {

    private final SatisfactionFigures figures;

    MetricsApiController(SatisfactionFigures figures) {
        this.figures = figures;
    }

    @Serdeable
    record SatisfactionView(String unitCode, LocalDate from, LocalDate to, long n, @Nullable Double satisfiedPct,
                            @Nullable double[] ci95, @Nullable List<GroupView> groups) {
    }

    @Serdeable
    record GroupView(String key, long n, Double satisfiedPct, double[] ci95) {
    }

    /**
     * @param unitCode the unit
     * @param from     first day, YYYY-MM-DD
     * @param to       last day, YYYY-MM-DD
     * @param groupBy  sector, officer, channel or month
     */
    @Get("/metrics/satisfaction")
    @Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
    @Operation(operationId = "getSatisfaction", summary = "Get satisfaction figures", description = "Admin or manager token. The share of satisfied citizens (score 4 or 5) in the unit and the units below it, for an inclusive range of local dates, with its sample size and 95% Wilson interval; optionally grouped.")
    @ApiResponse(responseCode = "200", description = "The figures for the unit and the units below it", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    SatisfactionView satisfaction(@QueryValue String unitCode, @QueryValue String from, @QueryValue String to,
                                  @QueryValue @Nullable String groupBy, Authentication auth) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        Grouping grouping = groupBy == null || groupBy.isBlank() ? null : Grouping.parse(groupBy).orElseThrow(() ->
                RuleViolation.invalid("groupBy", "feedback.error.groupBy"));
        Actor actor = Actor.of(auth);
        SatisfactionFigures.Satisfaction s = figures.of(actor, unitCode, f, t);
        List<GroupView> groups = grouping == null ? null : figures.groups(actor, unitCode, f, t, grouping).stream()
                .map(g -> new GroupView(g.key(), g.n(), g.satisfiedPct(), g.ci95())).toList();
        return new SatisfactionView(unitCode, f, t, s.n(), s.satisfiedPct(), s.ci95(), groups);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(name, "feedback.error.date", name);
        }
    }
}
