package vn.hailong.web.operations;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Serves the OpenAPI document generated at compile time under the stable address /openapi.yml. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class OpenApiController {

    private final byte[] document;

    OpenApiController(ResourceResolver resources) {
        Optional<InputStream> stream = resources.getResourceAsStream("classpath:META-INF/swagger/openapi.yml");
        try (InputStream in = stream.orElseThrow(() -> new IllegalStateException("OpenAPI document missing from build"))) {
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }
}
