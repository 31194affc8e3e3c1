package vn.hailong.access.tokens.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hailong.access.tokens.IssuedToken;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;
import java.util.List;

@Controller("/api/v1/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Access")
class TokenApiController {

    private final TokenIssuer issuer;
    private final Directory directory;

    TokenApiController(TokenIssuer issuer, Directory directory) {
        this.issuer = issuer;
        this.directory = directory;
    }

    @Serdeable
    record TokenRequest(@NotBlank @Size(max = 255) String name, @NotNull Role role, @NotBlank String unitCode) {
    }

    @Serdeable
    record CreatedToken(long id, String name, Role role, String unitCode, String token) {
    }

    @Serdeable
    record TokenView(long id, String name, Role role, String unitCode, @Nullable String createdBy, Instant createdAt,
                     @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
    }

    @Post
    @Operation(operationId = "createToken", summary = "Create an API token", description = "Admin token. The answer holds the token itself, shown this once; HaiLong keeps only its digest.",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "integration", value = """
                {"name": "Phần mềm một cửa tỉnh", "role": "INTEGRATION", "unitCode": "46"}
                """))))
    @ApiResponse(responseCode = "201", description = "Created; `token` is shown only in this answer", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    HttpResponse<CreatedToken> create(@Body @Valid TokenRequest request, Authentication auth) {
        Unit unit = directory.unitByCode(request.unitCode()).orElseThrow(
                () -> RuleViolation.invalid("unitCode", "organisation.error.unit.unknown", request.unitCode()));
        IssuedToken issued = issuer.issue(Actor.of(auth), request.name(), request.role(), unit.id());
        return HttpResponse.created(new CreatedToken(issued.token().id(), issued.token().name(), issued.token().role(),
                unit.code(), issued.secret()));
    }

    @Get
    @Operation(operationId = "listTokens", summary = "List API tokens", description = "Admin token. Never shows the tokens themselves.")
    @ApiResponse(responseCode = "200", description = "The tokens, never their secrets", useReturnTypeSchema = true)
    @ApiProblems.Token
    List<TokenView> list(Authentication auth) {
        return issuer.list(Actor.of(auth)).stream().map(t -> new TokenView(t.id(), t.name(), t.role(),
                directory.unitById(t.unitId()).map(Unit::code).orElse(null), t.createdBy(), t.createdAt(),
                t.lastUsedAt(), t.revokedAt())).toList();
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeToken", summary = "Revoke an API token", description = "Admin token. The token stops working at once.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiProblems.Token
    @ApiProblems.NotFound
    void revoke(long id, Authentication auth) {
        issuer.revoke(Actor.of(auth), id);
    }
}
