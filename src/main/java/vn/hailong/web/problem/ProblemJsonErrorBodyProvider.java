package vn.hailong.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Turns every error the server produces (binding, validation, security, our own {@link ProblemException})
 * into {@code application/problem+json}, so API clients get one error shape.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<Problem.FieldProblem> fields = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.FieldProblem(e.getPath().get(), e.getMessage()))
                .toList();
        String detail = detail(context, status);
        String type = context.getRootCause()
                .filter(ProblemException.class::isInstance)
                .map(e -> ((ProblemException) e).type())
                .orElse("about:blank");
        return new Problem(type, status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), fields);
    }

    private static String detail(ErrorContext context, HttpStatus status) {
        List<String> messages = context.getErrors().stream().map(Error::getMessage).toList();
        if (!messages.isEmpty()) {
            return String.join("; ", messages);
        }
        return switch (status.getCode()) {
            case 401 -> "Cần xác thực: gửi header Authorization: Bearer <token> hợp lệ (authentication required).";
            case 403 -> "Không có quyền thực hiện thao tác này (forbidden).";
            case 404 -> "Không tìm thấy (not found).";
            case 405 -> "Phương thức không được hỗ trợ (method not allowed).";
            case 415 -> "Kiểu nội dung không được hỗ trợ; dùng application/json (unsupported media type).";
            case 503 -> "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại (service unavailable).";
            default -> status.getReason();
        };
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
