package vn.hailong.sms.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.sms.DeliveryStatuses;
import vn.hailong.sms.twilio.TwilioWebhooks;
import vn.hailong.web.operations.ApiAccess;
import vn.hailong.web.problem.Problem;

import java.util.Map;

/**
 * Twilio's delivery status callbacks (product.md §4.9): form-encoded, signed ({@code X-Twilio-Signature}, checked
 * against {@code hailong.public-base-url} + this path; 403 when wrong or missing). Applied by MessageSid, idempotent,
 * never backwards ({@link DeliveryStatuses}). An unknown MessageSid is answered 204 too: Twilio would only retry it.
 */
@Controller(TwilioStatusController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "SMS")
class TwilioStatusController {

    static final String PATH = "/sms/twilio/status";

    private final TwilioWebhooks webhooks;
    private final DeliveryStatuses statuses;

    TwilioStatusController(TwilioWebhooks webhooks, DeliveryStatuses statuses) {
        this.webhooks = webhooks;
        this.statuses = statuses;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "twilioStatusCallback", summary = "Twilio delivery status callback",
            description = "Called by Twilio, not by integrators: form-encoded `MessageSid`, `MessageStatus` (queued, sending, sent, delivered, undelivered, failed) and `ErrorCode`, signed with `X-Twilio-Signature` over the public URL (`HAILONG_PUBLIC_BASE_URL` + /sms/twilio/status). A message's state only moves forward; repeats change nothing.")
    @ApiAccess.Public
    @ApiResponse(responseCode = "204", description = "Taken (or a repeat, or a message this service does not know)")
    @ApiResponse(responseCode = "403", description = "The signature is missing or wrong.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "badSignature", value = """
                            {"type": "about:blank", "title": "Forbidden", "status": 403,
                             "detail": "Chữ ký Twilio không hợp lệ.", "instance": "/sms/twilio/status"}""")))
    HttpResponse<Void> status(@Nullable @Header("X-Twilio-Signature") String signature,
                              @Nullable @Body Map<String, String> form) {
        Map<String, String> params = form == null ? Map.of() : form;
        if (!webhooks.valid(PATH, params, signature)) {
            throw RuleViolation.forbidden("sms.error.signature");
        }
        String sid = params.get("MessageSid");
        String status = params.getOrDefault("MessageStatus", params.get("SmsStatus"));
        if (sid != null && !sid.isBlank()) {
            statuses.apply(sid.strip(), status, params.get("ErrorCode"), params.get("ErrorMessage"));
        }
        return HttpResponse.noContent();
    }
}
