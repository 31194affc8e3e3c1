package vn.hailong.feedback.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.feedback.FlaggedRatings;
import vn.hailong.feedback.RatingIntake;
import vn.hailong.feedback.RatingReceipt;
import vn.hailong.feedback.RatingSubmission;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** product.md §4.4: one rating per call, idempotent by the Idempotency-Key header. */
@Controller("/api/v1/ratings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ratings")
class RatingApiController {

    private final RatingIntake intake;
    private final FlaggedRatings flagged;

    RatingApiController(RatingIntake intake, FlaggedRatings flagged) {
        this.intake = intake;
        this.flagged = flagged;
    }

    @Serdeable
    record RatingRequest(@Nullable Integer score, @Nullable String channel, @Nullable String unitCode,
                         @Nullable String counterCode, @Nullable String officerCode, @Nullable String procedureCode,
                         @Nullable String dossierCode, @Nullable Map<String, Integer> answers,
                         @Nullable String comment, @Nullable OffsetDateTime submittedAt,
                         @Nullable List<String> reasons, @Nullable Long transactionId,
                         @Nullable @Schema(description = "A number to call the citizen back on; with a low score it opens a follow-up case") String phone,
                         @Nullable @Schema(description = "The citizen asks to be contacted; with a low score it opens a follow-up case") Boolean contactRequested,
                         @Nullable @Schema(description = "Who the citizen came as: INDIVIDUAL (cá nhân) or ORGANISATION (tổ chức, doanh nghiệp); optional") String applicantType) {
    }

    @Serdeable
    record RatingCreated(String id, boolean flagged) {
    }

    @Post
    @Secured({"KIOSK", "INTEGRATION", "ADMIN"})
    @Operation(operationId = "submitRating", summary = "Submit a rating", description = "Kiosk, integration or admin token, and an `Idempotency-Key` header (a UUID per rating). A kiosk token implies its unit, counter and officer, so `score` alone is enough. `submittedAt` is when the citizen rated (it must not lie in the future); the rating counts in that period.",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
                    description = "A UUID per rating; a retry sends the same one",
                    schema = @Schema(type = "string", maxLength = 100), example = "6f1c1d1e-8b0a-4c57-9d4e-2b7f0a3c9e11"),
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = {
                @ExampleObject(name = "kiosk", summary = "From a kiosk: its token implies unit, counter and officer", value = """
                {"score": 5}
                """),
                @ExampleObject(name = "full", summary = "From an integration, every field", value = """
                {"score": 4, "channel": "COUNTER", "unitCode": "46.TTPVHCC", "counterCode": "46.TTPVHCC.Q01", "officerCode": "CB.46.01",
                 "procedureCode": "1.001193", "dossierCode": "000.00.12.H57-261122-0001", "answers": {"S17-01": 5, "S17-02": 4},
                 "comment": "Cán bộ hướng dẫn tận tình.", "submittedAt": "2026-11-22T09:15:00+07:00"}
                """)})))
    @ApiResponse(responseCode = "201", description = "Stored; `flagged` says it waits for an admin before it counts", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The same Idempotency-Key and body again: the rating stored before, nothing stored twice", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<RatingCreated> submit(@Header("Idempotency-Key") @Nullable String idempotencyKey,
                                       @Body RatingRequest r, Authentication auth) {
        RatingReceipt receipt = intake.submit(Actor.of(auth), idempotencyKey, new RatingSubmission(r.score(), r.channel(),
                r.unitCode(), r.counterCode(), r.officerCode(), r.procedureCode(), r.dossierCode(), r.answers(),
                r.comment(), r.submittedAt(), r.reasons(), r.transactionId(), r.phone(), r.contactRequested(),
                r.applicantType()));
        RatingCreated body = new RatingCreated(receipt.id(), receipt.flagged());
        return receipt.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }

    /** A flagged rating (second rating of a served citizen, kiosk limits) counts once an admin releases it. */
    @Post("/{id}/release")
    @Secured("ADMIN")
    @Operation(operationId = "releaseRating", summary = "Release a flagged rating", description = "Admin token. A flagged rating (a second rating of one served citizen, a kiosk over its limits) counts once released.")
    @ApiResponse(responseCode = "204", description = "Released")
    @ApiProblems.Token
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    HttpResponse<Void> release(String id, Authentication auth) {
        flagged.release(Actor.of(auth), id);
        return HttpResponse.noContent();
    }
}
