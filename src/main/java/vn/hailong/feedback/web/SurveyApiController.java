package vn.hailong.feedback.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.web.operations.ApiAccess;
import vn.hailong.web.problem.ApiProblems;

import java.util.List;

/** The active instrument (§4.4). */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ratings")
class SurveyApiController {

    private final Instruments instruments;

    SurveyApiController(Instruments instruments) {
        this.instruments = instruments;
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

    @Get("/criteria")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getCriteria", summary = "Get the active survey instrument", description = "Public. Its elements and criteria; rating forms ask a subset of them.")
    @ApiResponse(responseCode = "200", description = "The active instrument", useReturnTypeSchema = true)
    @ApiAccess.Public
    @ApiProblems.NotAcceptable
    InstrumentView criteria(@QueryValue(defaultValue = "vi") String lang) {
        Instrument i = instruments.active("en".equalsIgnoreCase(lang));
        return new InstrumentView(i.code(), i.name(), i.elements().stream()
                .map(e -> new ElementView(e.code(), e.name(),
                        e.criteria().stream().map(c -> new CriterionView(c.code(), c.text())).toList()))
                .toList());
    }
}
