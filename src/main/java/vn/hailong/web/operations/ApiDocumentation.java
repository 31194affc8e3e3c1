package vn.hailong.web.operations;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The head of the OpenAPI document served at /openapi.yml (generated at compile time by micronaut-openapi; the staff
 * pages are left out by {@code openapi.properties}). Every operation needs a bearer token unless it carries
 * one of {@link ApiAccess}'s annotations.
 */
@OpenAPIDefinition(
        info = @Info(title = "HaiLong API", version = "1", description = """
                Citizen satisfaction ratings, complaints and SIPAS figures for Vietnamese one-stop centres
                (bộ phận một cửa).

                Authentication: `Authorization: Bearer <token>`. Tokens are opaque; an admin creates them
                (`POST /api/v1/tokens`, or `HAILONG_BOOTSTRAP_API_TOKEN` on first start) with a role and a unit, and
                every answer is limited to that unit and the units below it. Kiosk tokens may only submit ratings
                and complaints and read the kiosk configuration.

                Errors are RFC 9457 `application/problem+json`; `detail` is written for a person, in Vietnamese or
                English after `Accept-Language`, and `errors` names the offending fields."""),
        servers = @Server(url = "/", description = "The HaiLong service that serves this document "
                + "(its public address is HAILONG_PUBLIC_BASE_URL)"),
        security = @SecurityRequirement(name = ApiAccess.BEARER),
        tags = {
                @Tag(name = "Ratings", description = "Survey instrument, citizen ratings, counter transactions and satisfaction figures"),
                @Tag(name = "Complaints", description = "Complaints and petitions (phản ánh, kiến nghị) filed by citizens"),
                @Tag(name = "Directory", description = "Units, sectors, procedures, counters, officers and kiosks, addressed by code"),
                @Tag(name = "Kiosk", description = "The kiosk device's own API: pairing, configuration, labels, heartbeat"),
                @Tag(name = "Calendar", description = "Holidays, make-up working days and legal deadlines"),
                @Tag(name = "Access", description = "API tokens")
        })
@SecurityScheme(name = ApiAccess.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An opaque API token created by an admin; it carries a role and a unit scope.")
final class ApiDocumentation {

    private ApiDocumentation() {
    }
}
