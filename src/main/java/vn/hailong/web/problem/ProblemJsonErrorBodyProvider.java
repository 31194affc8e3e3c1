package vn.hailong.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import vn.hailong.web.RuleViolationMessages;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns every error the server produces (binding, validation, security, our own {@link ProblemException} and
 * {@link vn.hailong.shared.errors.RuleViolation}) into {@code application/problem+json}, so API clients get one error
 * shape, with the {@code detail} and each field's message in the language of {@code Accept-Language} (Vietnamese by
 * default): our own errors come as {@link ProblemMessage} keys, Micronaut's are read by {@link RequestProblems}, and
 * anything else gets the words of its status ({@code web.problem.<status>}).
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemJsonErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private final RuleViolationMessages messages;

    ProblemJsonErrorBodyProvider(RuleViolationMessages messages) {
        this.messages = messages;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Locale locale = RuleViolationMessages.requested(context.getRequest());
        List<ProblemMessage> problems = problems(context, status);
        List<Problem.FieldProblem> fields = problems.stream()
                .filter(p -> p.field() != null)
                .map(p -> new Problem.FieldProblem(p.field(), words(p, locale)))
                .toList();
        String detail = problems.stream().map(p -> words(p, locale)).collect(Collectors.joining("; "));
        String type = context.getRootCause()
                .filter(ProblemException.class::isInstance)
                .map(e -> ((ProblemException) e).type())
                .orElse("about:blank");
        return new Problem(type, status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), fields);
    }

    private static List<ProblemMessage> problems(ErrorContext context, HttpStatus status) {
        List<Error> errors = context.getErrors();
        if (!errors.isEmpty() && errors.stream().allMatch(ProblemMessage.class::isInstance)) {
            return errors.stream().map(ProblemMessage.class::cast).toList();
        }
        List<ProblemMessage> read = context.getRootCause().map(RequestProblems::of).orElse(List.of());
        if (!read.isEmpty()) {
            return read;
        }
        return List.of(ProblemMessage.of(null, defaultKey(status.getCode())));
    }

    static String defaultKey(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 500, 503 -> "web.problem." + status;
            default -> status >= 500 ? "web.problem.500" : "web.problem.400";
        };
    }

    private String words(ProblemMessage problem, Locale locale) {
        return messages.text(locale, problem.key(), problem.args().toArray());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
