package vn.hailong.invitations.replies.web;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.invitations.replies.Answer;
import vn.hailong.invitations.replies.InboundReplies;
import vn.hailong.invitations.replies.InboundSms;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.sms.twilio.TwilioWebhooks;
import vn.hailong.web.operations.ApiAccess;
import vn.hailong.web.problem.Problem;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/**
 * Twilio's webhook for a message to our number (product.md §4.9): only Twilio's, proven by {@code X-Twilio-Signature}
 * over the public URL ({@code hailong.public-base-url}, whatever host a proxy forwarded to), else 403. The message is
 * stored and answered in the same request, in TwiML.
 */
@Controller("/sms/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "SMS")
class TwilioInboundController {

    static final String TWIML = "application/xml";

    private final TwilioWebhooks webhooks;
    private final InboundReplies replies;
    private final Clock clock;

    TwilioInboundController(TwilioWebhooks webhooks, InboundReplies replies, Clock clock) {
        this.webhooks = webhooks;
        this.replies = replies;
        this.clock = clock;
    }

    @Post(value = "/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = TWIML)
    @Operation(operationId = "receiveSms", summary = "Receive an SMS (Twilio webhook)", description = "For Twilio only: set it as the number's (or Messaging Service's) incoming-message webhook, `HAILONG_PUBLIC_BASE_URL` + `/sms/twilio/inbound`, HTTP POST. Twilio's form-encoded message, signed with `X-Twilio-Signature` over that public URL. A digit 1-5 with an optional comment rates the sender's last invited dossier; `PA <text>` or free text files a complaint (the answer gives its tracking code); `STOP`/`HUY` opts the number out; anything else gets a short help text. Each `MessageSid` is processed once: a retry gets the same answer, or an empty one.",
            parameters = @Parameter(name = "X-Twilio-Signature", in = ParameterIn.HEADER, required = true,
                    description = "Twilio's HMAC-SHA1 of the public URL and the form parameters, base64",
                    schema = @Schema(type = "string")),
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                    schema = @Schema(implementation = InboundForm.class),
                    examples = @ExampleObject(name = "rating", value = """
                            {"MessageSid": "SM0123456789abcdef0123456789abcdef", "AccountSid": "AC0123456789abcdef0123456789abcdef",
                             "From": "+84912345678", "To": "+15005550006", "Body": "5 rat hai long"}"""))))
    @ApiAccess.Public
    @ApiResponse(responseCode = "200", description = "TwiML: the answer to the citizen, or an empty `<Response/>`",
            content = @Content(mediaType = TWIML, schema = @Schema(type = "string"), examples = @ExampleObject(name = "answer",
                    value = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Cam on ban da danh gia 5/5. Y kien cua ban giup chung toi phuc vu tot hon.</Message></Response>")))
    @ApiResponse(responseCode = "403", description = "The request is not signed by our Twilio account for this URL.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = """
                            {"type": "about:blank", "title": "Forbidden", "status": 403,
                             "detail": "Chữ ký X-Twilio-Signature không hợp lệ.", "instance": "/sms/twilio/inbound"}""")))
    HttpResponse<String> inbound(HttpRequest<?> request, @Nullable @Header("X-Twilio-Signature") String signature,
                                 @Nullable @Body Map<String, String> form) {
        Map<String, String> params = form == null ? Map.of() : form;
        if (!webhooks.valid(pathAndQuery(request.getUri()), params, signature) || blank(params.get("MessageSid"))) {
            throw RuleViolation.forbidden("smsreplies.error.signature");
        }
        Answer answer = replies.receive(new InboundSms(params.get("MessageSid"), params.get("AccountSid"),
                params.get("From"), params.get("To"), params.get("Body"), clock.instant()));
        return HttpResponse.ok(twiml(answer)).contentType(TWIML);
    }

    static String twiml(Answer answer) {
        MessagingResponse.Builder response = new MessagingResponse.Builder();
        if (!answer.empty()) {
            response.message(new Message.Builder(answer.text()).build());
        }
        return response.build().toXml();
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The fields of Twilio's inbound message that HaiLong reads (Twilio sends more; all are signed). */
    @Schema(name = "TwilioInboundMessage")
    record InboundForm(@Schema(description = "Twilio's id of the message; each is processed once") String MessageSid,
                       @Schema(description = "Our Twilio account") String AccountSid,
                       @Schema(description = "The citizen's number, E.164") String From,
                       @Schema(description = "Our number") String To,
                       @Schema(description = "What the citizen wrote") String Body) {
    }
}
