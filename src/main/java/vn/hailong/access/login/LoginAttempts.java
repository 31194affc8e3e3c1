package vn.hailong.access.login;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LoginAttempts extends GenericRepository<LoginAttempt, Long> {

    LoginAttempt save(LoginAttempt attempt);

    /** The most recent failures for a username since its last successful sign-in, newest first. */
    @Query(value = """
            SELECT * FROM login_attempts
            WHERE username = :username AND succeeded = FALSE AND attempted_at > :since
              AND attempted_at > COALESCE((SELECT MAX(s.attempted_at) FROM login_attempts s
                                           WHERE s.username = :username AND s.succeeded = TRUE), :since)
            ORDER BY attempted_at DESC LIMIT :limit""", nativeQuery = true)
    List<LoginAttempt> recentFailuresForUser(String username, Instant since, int limit);

    /** The most recent failures from one address, newest first. */
    @Query(value = """
            SELECT * FROM login_attempts
            WHERE remote_addr = :remoteAddr AND succeeded = FALSE AND attempted_at > :since
            ORDER BY attempted_at DESC LIMIT :limit""", nativeQuery = true)
    List<LoginAttempt> recentFailuresFromAddress(String remoteAddr, Instant since, int limit);
}
