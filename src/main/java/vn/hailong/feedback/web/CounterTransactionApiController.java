package vn.hailong.feedback.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.feedback.CounterTransactions;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;

/** Issue 4 §4: the queue or one-stop software tells HaiLong whom a counter serves now. */
@Controller("/api/v1/counters/{code}/transactions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"INTEGRATION", "ADMIN"})
@Tag(name = "Ratings")
class CounterTransactionApiController {

    private final CounterTransactions transactions;

    CounterTransactionApiController(CounterTransactions transactions) {
        this.transactions = transactions;
    }

    @Serdeable
    record NextCitizen(@Nullable String ticket, @Nullable String dossierCode) {
    }

    @Serdeable
    record TransactionView(String id, String counterCode, String ticket, Instant openedAt) {
    }

    @Post
    @Operation(operationId = "openCounterTransaction", summary = "Tell which citizen a counter serves now", description = "Integration or admin token, from the queue or one-stop software. The next rating at that counter belongs to this citizen.",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "next", value = """
                {"ticket": "A-015", "dossierCode": "000.00.12.H57-261122-0001"}
                """))))
    @ApiResponse(responseCode = "201", description = "Opened", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    HttpResponse<TransactionView> next(String code, @Body NextCitizen body, Authentication auth) {
        CounterTransactions.Opened o = transactions.next(Actor.of(auth), code, body.ticket(), body.dossierCode());
        return HttpResponse.created(new TransactionView(o.id(), o.counterCode(), o.ticket(), o.openedAt()));
    }
}
