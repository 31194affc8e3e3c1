package vn.hailong.web.operations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.shared.persistence.RestartableTransactions;
import vn.hailong.web.problem.ProblemMessage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The last resort for exceptions no feature handles. While the database is unreachable, requests answer 503
 * with Retry-After, and the pool reconnects by itself when it returns: no restart needed (product.md §5). A
 * transaction the database still rolled back after its retries (a deadlock) is 503 too: the client should try again.
 * Anything else is logged and answered 500 without leaking internals.
 */
@Produces
@Singleton
final class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorResponseProcessor<?> errors;

    UnexpectedErrorHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (isDatabaseUnreachable(exception)) {
            LOG.warn("Database unreachable while serving {} {}: {}", request.getMethod(), request.getPath(),
                    exception.getMessage());
            return errors.processResponse(ErrorContext.builder(request).cause(exception)
                            .error(ProblemMessage.of(null, "web.problem.503.database")).build(),
                    HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10"));
        }
        if (RestartableTransactions.isRestartable(exception)) {
            // the database kept rolling the transaction back (deadlocks on a hot row): busy, not broken
            LOG.warn("Transaction conflict persisted while serving {} {}: {}", request.getMethod(), request.getPath(),
                    exception.getMessage());
            return errors.processResponse(ErrorContext.builder(request).cause(exception)
                            .error(ProblemMessage.of(null, "web.problem.503")).build(),
                    HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1"));
        }
        LOG.error("Unexpected error serving {} {}", request.getMethod(), request.getPath(), exception);
        return errors.processResponse(ErrorContext.builder(request).cause(exception)
                        .error(ProblemMessage.of(null, "web.problem.500")).build(),
                HttpResponse.serverError());
    }

    static boolean isDatabaseUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t.getClass().getSimpleName().equals("CannotGetJdbcConnectionException")
                    || t.getClass().getSimpleName().equals("CommunicationsException")
                    || t instanceof SQLException s && isLostConnection(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 (connection exception), or HikariCP's "Connection is closed" (no SQLState): what the
     * transaction's clean-up meets after the pool closed a connection whose database node died under it (the
     * Galera drill's SIGKILL); that error replaces the driver's own communications failure.
     */
    private static boolean isLostConnection(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08") || "Connection is closed".equals(e.getMessage());
    }
}
