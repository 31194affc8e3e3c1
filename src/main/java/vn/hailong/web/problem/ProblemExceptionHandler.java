package vn.hailong.web.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Produces
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    ProblemExceptionHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
        List<Error> details = new ArrayList<>();
        if (exception.fields().isEmpty()) {
            details.add(exception::getMessage);
        } else {
            for (Problem.FieldProblem field : exception.fields()) {
                details.add(new FieldError(field.field(), field.message()));
            }
        }
        var response = HttpResponse.status(exception.status());
        if (exception instanceof vn.hailong.web.limits.TooManyRequests tooMany) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
        }
        return errors.processResponse(ErrorContext.builder(request).cause(exception).errors(details).build(), response);
    }

    /** One error of a response: the field at fault (none for the request as a whole) and what is wrong. */
    record FieldError(String field, String message) implements Error {
        @Override
        public Optional<String> getPath() {
            return Optional.ofNullable(field);
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
