package vn.hailong.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;

import java.util.List;

/**
 * Maps a domain {@link RuleViolation} to the matching HTTP status and a problem+json body, put into words by
 * {@link ProblemJsonErrorBodyProvider} in the language the client asks for with {@code Accept-Language}: every problem in the
 * {@code detail}, the ones naming a field also in {@code errors}.
 */
@Produces
@Singleton
final class RuleViolationHandler implements ExceptionHandler<RuleViolation, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    RuleViolationHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        List<Error> details = violation.problems().stream()
                .<Error>map(p -> new ProblemMessage(p.field(), p.key(), p.args()))
                .toList();
        return errors.processResponse(ErrorContext.builder(request).cause(violation).errors(details).build(),
                HttpResponse.status(status));
    }
}
