package vn.hailong.web.operations;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an API operation, as the OpenAPI document says it (read at compile time by micronaut-openapi). Without
 * one of these an operation needs a bearer token ({@link ApiDocumentation}); the rule itself is the operation's
 * {@code @Secured}.
 */
public final class ApiAccess {

    /** The document's name of the bearer token scheme. */
    public static final String BEARER = "bearerAuth";

    private ApiAccess() {
    }

    /** Anyone, without a token (an empty requirement: {@code security: [{}]}). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @SecurityRequirement(name = "")
    public @interface Public {
    }

    /** Anyone; a bearer token, when sent, is checked and used (a kiosk's, an integration's). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @SecurityRequirement(name = "")
    @SecurityRequirement(name = BEARER)
    public @interface TokenOptional {
    }
}
