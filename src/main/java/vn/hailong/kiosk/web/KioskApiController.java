package vn.hailong.kiosk.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.hailong.kiosk.Kiosk;
import vn.hailong.kiosk.KioskDraft;
import vn.hailong.kiosk.KioskRegistry;
import vn.hailong.kiosk.RegisteredKiosk;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;
import java.util.List;

/** Kiosks in the directory (product.md §4.3): a created kiosk returns its token once. */
@Controller("/api/v1/kiosks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
@Tag(name = "Directory")
class KioskApiController {

    private final KioskRegistry registry;
    private final Directory directory;

    KioskApiController(KioskRegistry registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @Serdeable
    record KioskRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 255) String name,
                        @NotBlank String unitCode, @Nullable String counterCode, @Nullable String officerCode) {
    }

    @Serdeable
    record KioskView(String code, String name, String unitCode, @Nullable String counterCode,
                     @Nullable String officerCode, boolean active, @Nullable Instant lastSeenAt, int pendingCount,
                     @Nullable String token) {
    }

    @Post
    @Secured("ADMIN")
    @Operation(operationId = "createKiosk", summary = "Register a kiosk", description = "Admin token. The answer holds the kiosk's token, shown this once (or pair the device with a pairing code instead).",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "kiosk", value = """
                {"code": "46.TTPVHCC.K01", "name": "Ki-ốt quầy Sở Tư pháp", "unitCode": "46.TTPVHCC", "counterCode": "46.TTPVHCC.Q01"}
                """))))
    @ApiResponse(responseCode = "201", description = "Registered; `token` is shown only in this answer", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.Conflict
    HttpResponse<KioskView> create(@Body @Valid KioskRequest request, Authentication auth) {
        RegisteredKiosk registered = registry.register(Actor.of(auth), new KioskDraft(request.code(), request.name(),
                request.unitCode(), request.counterCode(), request.officerCode()));
        return HttpResponse.created(view(registered.kiosk(), registered.token()));
    }

    @Get
    @Operation(operationId = "listKiosks", summary = "List kiosks", description = "Admin or manager token. The kiosks the token may see, with their last contact.")
    @ApiResponse(responseCode = "200", description = "The kiosks", useReturnTypeSchema = true)
    @ApiProblems.Token
    List<KioskView> list(Authentication auth) {
        return registry.list(Actor.of(auth)).stream().map(k -> view(k, null)).toList();
    }

    @Get("/{code}")
    @Operation(operationId = "getKiosk", summary = "Get one kiosk by its code")
    @ApiResponse(responseCode = "200", description = "The kiosk", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    KioskView show(String code, Authentication auth) {
        return view(registry.find(Actor.of(auth), code), null);
    }

    private KioskView view(Kiosk k, String token) {
        String unit = directory.unitById(k.unitId()).map(Unit::code).orElse(null);
        String counter = k.counterId() == null ? null : directory.counterById(k.counterId()).map(Counter::code).orElse(null);
        String officer = k.officerId() == null ? null : directory.officerById(k.officerId()).map(Officer::code).orElse(null);
        return new KioskView(k.code(), k.name(), unit, counter, officer, k.active(), k.lastSeenAt(), k.pendingCount(), token);
    }
}
