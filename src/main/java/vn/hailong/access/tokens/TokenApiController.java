package vn.hailong.access.tokens;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

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
    HttpResponse<CreatedToken> create(@Body @Valid TokenRequest request, Authentication auth) {
        Unit unit = directory.unitByCode(request.unitCode()).orElseThrow(
                () -> RuleViolation.invalid("unitCode", "organisation.error.unit.unknown", request.unitCode()));
        IssuedToken issued = issuer.issue(Actor.of(auth), request.name(), request.role(), unit.id());
        return HttpResponse.created(new CreatedToken(issued.token().id(), issued.token().name(), issued.token().role(),
                unit.code(), issued.secret()));
    }

    @Get
    List<TokenView> list(Authentication auth) {
        return issuer.list(Actor.of(auth)).stream().map(t -> new TokenView(t.id(), t.name(), t.role(),
                directory.unitById(t.unitId()).map(Unit::code).orElse(null), t.createdBy(), t.createdAt(),
                t.lastUsedAt(), t.revokedAt())).toList();
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void revoke(long id, Authentication auth) {
        issuer.revoke(Actor.of(auth), id);
    }
}
