package vn.hailong.access.login.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.hailong.access.login.LoginAttempt;

/** The audit trail of sign-ins (the limits themselves are counted in abuse_counters, see {@link LoginThrottle}). */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface LoginAttempts extends GenericRepository<LoginAttempt, Long> {

    LoginAttempt save(LoginAttempt attempt);
}
