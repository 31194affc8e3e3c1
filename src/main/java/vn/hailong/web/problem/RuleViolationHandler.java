package vn.hailong.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;

import java.util.List;

/** Maps a domain {@link RuleViolation} to the matching HTTP status and a problem+json body. */
@Produces
@Singleton
final class RuleViolationHandler implements ExceptionHandler<RuleViolation, HttpResponse<?>> {

    private final ProblemExceptionHandler problems;

    RuleViolationHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        List<Problem.FieldProblem> fields = violation.field()
                .map(f -> List.of(new Problem.FieldProblem(f, violation.getMessage())))
                .orElse(List.of());
        return problems.handle(request, new ProblemException(status, "about:blank", violation.getMessage(), fields));
    }
}
