package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintLimitReached;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.limits.RequestLimits;
import vn.hailong.web.limits.TooManyRequests;

import java.time.Instant;

/**
 * product.md §4.6, minimal: file a complaint and get its tracking code. Public (rate-limited per client address,
 * {@code hailong.abuse.*}), or with a (kiosk) token.
 */
@Controller("/api/v1/complaints")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Complaints")
class ComplaintApiController {

    private final ComplaintIntake intake;
    private final RequestLimits limits;

    ComplaintApiController(ComplaintIntake intake, RequestLimits limits) {
        this.intake = intake;
        this.limits = limits;
    }

    @Serdeable
    record ComplaintRequest(@Nullable String kind, @Nullable String text, @Nullable String unitCode,
                            @Nullable String sectorCode, @Nullable String phone, @Nullable String dossierCode,
                            @Nullable String channel) {
    }

    @Serdeable
    record ComplaintFiled(String trackingCode, Instant dueAt) {
    }

    @Post
    HttpResponse<ComplaintFiled> file(HttpRequest<?> request, @Header("Idempotency-Key") @Nullable String idempotencyKey,
                                      @Body ComplaintRequest r, @Nullable Authentication auth) {
        Actor actor = Actor.ofNullable(auth).orElse(null);
        String clientAddress = limits.clientAddress(request);
        ComplaintIntake.Submission submission = new ComplaintIntake.Submission(r.kind(), r.text(), r.unitCode(),
                r.sectorCode(), r.phone(), r.dossierCode(), r.channel());
        ComplaintIntake.Filed filed;
        if (actor == null) {
            // a replay (a citizen's browser retrying) costs nothing: only a new complaint counts against the limit
            filed = intake.replayOf(null, clientAddress, idempotencyKey, submission).orElse(null);
            if (filed == null) {
                limits.complaintWithoutToken(request);
                filed = intake.file(null, clientAddress, idempotencyKey, submission);
            }
        } else {
            try {
                filed = intake.file(actor, clientAddress, idempotencyKey, submission);
            } catch (ComplaintLimitReached e) {
                throw new TooManyRequests("Mã truy cập này đã gửi quá nhiều phản ánh; vui lòng thử lại sau "
                        + Math.max(1, e.retryAfter().toMinutes()) + " phút (too many complaints from this token).",
                        e.retryAfter());
            }
        }
        ComplaintFiled body = new ComplaintFiled(filed.trackingCode(), filed.dueAt());
        return filed.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }
}
