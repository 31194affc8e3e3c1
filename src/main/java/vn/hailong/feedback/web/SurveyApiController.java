package vn.hailong.feedback.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.feedback.Grouping;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.feedback.SatisfactionFigures;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The active instrument (§4.4) and the minimum of the satisfaction metric (§4.8). */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ratings")
class SurveyApiController {

    private final Instruments instruments;
    private final SatisfactionFigures figures;

    SurveyApiController(Instruments instruments, SatisfactionFigures figures) {
        this.instruments = instruments;
        this.figures = figures;
    }

    @Serdeable
    record CriterionView(String code, String text) {
    }

    @Serdeable
    record ElementView(String code, String name, List<CriterionView> criteria) {
    }

    @Serdeable
    record InstrumentView(String instrument, String name, List<ElementView> elements) {
    }

    @Serdeable
    record SatisfactionView(String unitCode, LocalDate from, LocalDate to, long n, @Nullable Double satisfiedPct,
                            @Nullable double[] ci95, @Nullable List<GroupView> groups) {
    }

    @Serdeable
    record GroupView(String key, long n, Double satisfiedPct, double[] ci95) {
    }

    @Get("/criteria")
    @Secured(SecurityRule.IS_ANONYMOUS)
    InstrumentView criteria(@QueryValue(defaultValue = "vi") String lang) {
        Instrument i = instruments.active("en".equalsIgnoreCase(lang));
        return new InstrumentView(i.code(), i.name(), i.elements().stream()
                .map(e -> new ElementView(e.code(), e.name(),
                        e.criteria().stream().map(c -> new CriterionView(c.code(), c.text())).toList()))
                .toList());
    }

    @Get("/metrics/satisfaction")
    @Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
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
