package vn.hailong.web.operations;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * While the database is unreachable, requests answer 503 with Retry-After instead of a 500, and the pool
 * reconnects by itself when the database returns: no restart needed (product.md §5).
 */
@Produces
@Singleton
@Requires(classes = ConnectionException.class)
final class DatabaseUnavailableHandler implements ExceptionHandler<ConnectionException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    DatabaseUnavailableHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConnectionException exception) {
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                        .errorMessage("Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít phút "
                                + "(database temporarily unavailable).").build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10"));
    }
}
