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
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.feedback.FlaggedRatings;
import vn.hailong.feedback.RatingIntake;
import vn.hailong.feedback.RatingReceipt;
import vn.hailong.feedback.RatingSubmission;
import vn.hailong.shared.security.Actor;

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
                         @Nullable List<String> reasons, @Nullable Long transactionId) {
    }

    @Serdeable
    record RatingCreated(String id, boolean flagged) {
    }

    @Post
    @Secured({"KIOSK", "INTEGRATION", "ADMIN"})
    HttpResponse<RatingCreated> submit(@Header("Idempotency-Key") @Nullable String idempotencyKey,
                                       @Body RatingRequest r, Authentication auth) {
        RatingReceipt receipt = intake.submit(Actor.of(auth), idempotencyKey, new RatingSubmission(r.score(), r.channel(),
                r.unitCode(), r.counterCode(), r.officerCode(), r.procedureCode(), r.dossierCode(), r.answers(),
                r.comment(), r.submittedAt(), r.reasons(), r.transactionId()));
        RatingCreated body = new RatingCreated(receipt.id(), receipt.flagged());
        return receipt.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }

    /** A flagged rating (second rating of a served citizen, kiosk limits) counts once an admin releases it. */
    @Post("/{id}/release")
    @Secured("ADMIN")
    HttpResponse<Void> release(String id, Authentication auth) {
        flagged.release(Actor.of(auth), id);
        return HttpResponse.noContent();
    }
}
