package vn.hailong.kiosk.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.kiosk.KioskDevices;
import vn.hailong.kiosk.KioskMessages;
import vn.hailong.kiosk.KioskPairing;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.limits.RequestLimits;
import vn.hailong.web.operations.ApiAccess;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;
import java.util.Map;

/** The kiosk device's own API: pairing, configuration, labels, heartbeat; and the admin's pairing codes. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Kiosk")
class KioskDeviceController {

    private final KioskPairing pairing;
    private final KioskDevices devices;
    private final RequestLimits limits;

    KioskDeviceController(KioskPairing pairing, KioskDevices devices, RequestLimits limits) {
        this.pairing = pairing;
        this.devices = devices;
        this.limits = limits;
    }

    @Serdeable
    record PairRequest(@Nullable String code) {
    }

    @Serdeable
    record PairResponse(String kioskCode, String token) {
    }

    @Serdeable
    record PairingCodeView(String kioskCode, String code, String link, Instant expiresAt) {
    }

    @Serdeable
    record Heartbeat(@Nullable Integer pendingCount) {
    }

    @Serdeable
    record Messages(String lang, Map<String, String> messages) {
    }

    @Post("/kiosks/{code}/pairing-codes")
    @Secured("ADMIN")
    @Operation(operationId = "issuePairingCode", summary = "Issue a pairing code for a kiosk", description = "Admin token. An 8-digit code (and a link holding it) that a kiosk device exchanges for its token within 15 minutes.")
    @ApiResponse(responseCode = "201", description = "Issued", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    HttpResponse<PairingCodeView> pairingCode(String code, Authentication auth) {
        KioskPairing.PairingCode p = pairing.issue(Actor.of(auth), code);
        return HttpResponse.created(new PairingCodeView(p.kioskCode(), p.code(), p.link(), p.expiresAt()));
    }

    @Post("/kiosk/pair")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "pairKiosk", summary = "Pair a kiosk device", description = "Public. Exchanges a pairing code for the kiosk's token; a code works once. Failed codes are limited per client address and for all addresses together.",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "pair", value = """
                {"code": "48213957"}
                """))))
    @ApiResponse(responseCode = "200", description = "Paired: keep the token, send it as a bearer token from now on", useReturnTypeSchema = true)
    @ApiAccess.Public
    @ApiProblems.BadRequest
    @ApiProblems.NotFound
    @ApiProblems.TooMany
    PairResponse pair(HttpRequest<?> http, @Body PairRequest request) {
        // 8 digits are guessable by brute force within a code's 15 minutes unless failures are throttled per address
        KioskPairing.Paired paired = limits.pairingAttempt(http, () -> pairing.exchange(request.code()));
        return new PairResponse(paired.kioskCode(), paired.token());
    }

    /**
     * @param lang vi (default) or en
     */
    @Get("/kiosk/messages")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getKioskMessages", summary = "Get the kiosk's labels", description = "Public. The kiosk screen's texts in one language, so that an unpaired device can show them.")
    @ApiResponse(responseCode = "200", description = "The labels, by key", useReturnTypeSchema = true)
    @ApiAccess.Public
    @ApiProblems.NotAcceptable
    Messages messages(@QueryValue(defaultValue = "vi") String lang) {
        String l = KioskMessages.lang(lang);
        return new Messages(l, KioskMessages.all(l));
    }

    /**
     * @param lang vi (default) or en
     */
    @Get("/kiosk/config")
    @Secured("KIOSK")
    @Operation(operationId = "getKioskConfig", summary = "Get the kiosk's configuration", description = "Kiosk token. The unit, counter, officer, questions and settings the device shows.")
    @ApiResponse(responseCode = "200", description = "The configuration", useReturnTypeSchema = true)
    @ApiProblems.Token
    KioskDevices.Config config(@QueryValue(defaultValue = "vi") String lang, Authentication auth) {
        return devices.config(Actor.of(auth), lang);
    }

    @Post("/kiosk/heartbeat")
    @Secured("KIOSK")
    @Operation(operationId = "kioskHeartbeat", summary = "Report that the kiosk is alive", description = "Kiosk token. `pendingCount` is the number of ratings queued on the device.",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "heartbeat", value = """
                {"pendingCount": 0}
                """))))
    @ApiResponse(responseCode = "204", description = "Noted")
    @ApiProblems.BadRequest
    @ApiProblems.Token
    HttpResponse<Void> heartbeat(@Body Heartbeat body, Authentication auth) {
        devices.heartbeat(Actor.of(auth), body.pendingCount() == null ? 0 : body.pendingCount());
        return HttpResponse.noContent();
    }
}
