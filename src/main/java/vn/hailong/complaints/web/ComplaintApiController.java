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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintLimitReached;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.limits.RequestLimits;
import vn.hailong.web.limits.TooManyRequests;
import vn.hailong.web.operations.ApiAccess;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;

/**
 * product.md §4.6: file a complaint and get its tracking code. Public (rate-limited per client address,
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
                            @Nullable String channel,
                            @Nullable @Schema(description = "KHAN or BINH_THUONG (default); PHUC_TAP and DAC_BIET_PHUC_TAP from staff and integration tokens") String urgency,
                            @Nullable @Schema(description = "For KHIEU_NAI: 1 (first instance, default) or 2 (second)") Integer instance,
                            @Nullable @Schema(description = "Kept encrypted; for TO_CAO visible to the handling team only") String citizenName,
                            @Nullable @Schema(description = "The citizen asks to be called back") Boolean contactRequested,
                            @Nullable @Schema(description = "Officer concerned, by code") String officerCode,
                            @Nullable @Schema(description = "Counter concerned, by code") String counterCode,
                            @Nullable @Schema(description = "Procedure concerned, by official code") String procedureCode) {
    }

    @Serdeable
    record ComplaintFiled(String trackingCode, Instant dueAt) {
    }

    @Post
    @Operation(operationId = "fileComplaint", summary = "File a complaint", description = "Public (limited per client address) or with a token. Send an `Idempotency-Key` so that a retry does not file it twice. The answer gives the tracking code the citizen quotes later (`GET /api/v1/complaints/{code}?phone=<last 4>` tracks it) and the legal due date: the answer's, or for a complaint (khiếu nại) or denunciation (tố cáo), whose resolution time is counted from acceptance, the acceptance's. Deadlines come from the deadline policies (per kind, urgency and step, on the unit's working calendar).",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                    description = "A UUID per complaint; a retry sends the same one",
                    schema = @Schema(type = "string", maxLength = 100), example = "0b8e3f52-1c8e-4a0e-a3f4-5d2c7e9b1a60"),
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "complaint", value = """
                {"kind": "PHAN_ANH", "text": "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", "unitCode": "46.TTPVHCC",
                 "sectorCode": "HO-TICH", "phone": "0912345678", "channel": "WEB"}
                """))))
    @ApiAccess.TokenOptional
    @ApiResponse(responseCode = "201", description = "Filed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The same Idempotency-Key again: the complaint filed before", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    @ApiProblems.TooMany
    HttpResponse<ComplaintFiled> file(HttpRequest<?> request, @Header("Idempotency-Key") @Nullable String idempotencyKey,
                                      @Body ComplaintRequest r, @Nullable Authentication auth) {
        Actor actor = Actor.ofNullable(auth).orElse(null);
        String clientAddress = limits.clientAddress(request);
        ComplaintIntake.Submission submission = new ComplaintIntake.Submission(r.kind(), r.text(), r.unitCode(),
                r.sectorCode(), r.phone(), r.dossierCode(), r.channel(), r.urgency(), r.instance(), r.citizenName(),
                r.contactRequested(), r.officerCode(), r.counterCode(), r.procedureCode());
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
                throw new TooManyRequests(e.retryAfter(), "complaints.limit.token",
                        Math.max(1, e.retryAfter().toMinutes()));
            }
        }
        ComplaintFiled body = new ComplaintFiled(filed.trackingCode(), filed.dueAt());
        return filed.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }
}
