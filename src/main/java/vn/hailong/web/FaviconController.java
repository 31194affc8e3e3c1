package vn.hailong.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /favicon.ico}, which browsers ask for on every page that names no icon (issue 7.7: a console error each
 * time): the product's SVG icon, also linked from the layout as {@code /static/favicon.svg}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class FaviconController {

    private static final String SVG = "image/svg+xml";
    private final byte[] icon;

    FaviconController() {
        try (InputStream in = FaviconController.class.getClassLoader().getResourceAsStream("public/favicon.svg")) {
            if (in == null) {
                throw new IllegalStateException("public/favicon.svg is missing from the build");
            }
            icon = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/favicon.ico")
    HttpResponse<byte[]> favicon() {
        return HttpResponse.ok(icon).contentType(SVG).header("Cache-Control", "public, max-age=86400");
    }
}
