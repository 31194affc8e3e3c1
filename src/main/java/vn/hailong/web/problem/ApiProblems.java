package vn.hailong.web.problem;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json answers of an API operation as the OpenAPI document describes them (read at compile time by
 * micronaut-openapi). Put on an operation the ones it can give, e.g. {@code @ApiProblems.Token @ApiProblems.NotFound}.
 * The examples show the Vietnamese answers; with {@code Accept-Language: en} the same texts come in English.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    /** 400: the request cannot be used as sent. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", description = "Invalid input: `detail` says what is wrong, `errors` names each offending field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = """
                            {"type": "about:blank", "title": "Bad Request", "status": 400,
                             "detail": "Điểm đánh giá phải từ 1 đến 5.", "instance": "/api/v1/ratings",
                             "errors": [{"field": "score", "message": "Điểm đánh giá phải từ 1 đến 5."}]}""")))
    public @interface BadRequest {
    }

    /** 401 and 403: the operation needs a bearer token, and one whose role and unit allow it. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "401", description = "No bearer token, or one that is unknown or revoked.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthorized", value = """
                            {"type": "about:blank", "title": "Unauthorized", "status": 401,
                             "detail": "Cần xác thực: gửi header Authorization: Bearer <token> hợp lệ.",
                             "instance": "/api/v1/units"}""")))
    @ApiResponse(responseCode = "403", description = "The token's role may not do this, or the object lies outside the token's unit.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = """
                            {"type": "about:blank", "title": "Forbidden", "status": 403,
                             "detail": "Không có quyền thực hiện thao tác này.", "instance": "/api/v1/units"}""")))
    public @interface Token {
    }

    /** 404: what the path or a code in the request names does not exist (or is not visible to the token). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", description = "No such object (or none the token may see).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = """
                            {"type": "about:blank", "title": "Not Found", "status": 404,
                             "detail": "Không có đơn vị UBND-X.", "instance": "/api/v1/units/UBND-X"}""")))
    public @interface NotFound {
    }

    /** 406: the Accept header excludes application/json. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "406", description = "The `Accept` header excludes `application/json`.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notAcceptable", value = """
                            {"type": "about:blank", "title": "Not Acceptable", "status": 406,
                             "detail": "Không trả lời được theo header Accept; API trả về application/json.",
                             "instance": "/api/v1/criteria"}""")))
    public @interface NotAcceptable {
    }

    /** 409: the request contradicts what is stored (a taken code, an idempotency key reused with another body). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409", description = "Conflicts with what is stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "conflict", value = """
                            {"type": "about:blank", "title": "Conflict", "status": 409,
                             "detail": "Idempotency-Key này đã được dùng cho một đánh giá khác.",
                             "instance": "/api/v1/ratings",
                             "errors": [{"field": "Idempotency-Key", "message": "Idempotency-Key này đã được dùng cho một đánh giá khác."}]}""")))
    public @interface Conflict {
    }

    /** 429: an abuse limit per client address; Retry-After says when to try again. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "429", description = "Too many requests from this address; retry after the seconds in `Retry-After`.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer", example = "600")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tooMany", value = """
                            {"type": "about:blank", "title": "Too Many Requests", "status": 429,
                             "detail": "Đã gửi quá nhiều phản ánh từ địa chỉ này; vui lòng thử lại sau 10 phút hoặc gọi đường dây nóng.",
                             "instance": "/api/v1/complaints"}""")))
    public @interface TooMany {
    }
}
