package vn.hailong.shared.persistence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.retry.annotation.RetryPredicate;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Recognises the database rolling a transaction back so that it can be run again: a deadlock (MySQL/MariaDB error
 * 1213, SQLSTATE 40001; also what a Galera certification conflict is reported as) anywhere in an exception's causes.
 * For {@code @Retryable(predicate = RestartableTransactions.class)} on a {@code @Transactional} method: the retry
 * wraps the transaction, so each attempt runs in a new one ("always be prepared to re-issue a transaction if it fails
 * due to deadlock", MySQL manual 17.7.5). A lock wait timeout (1205) is not one of these: it rolls back only the
 * statement, and waiting again would not help a request that already waited that long.
 */
@Introspected
public final class RestartableTransactions implements RetryPredicate {

    private static final int DEADLOCK = 1213;
    /** Connector/J reports it with SQLSTATE 40001 as a rollback exception too. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    @Override
    public boolean test(Throwable error) {
        return isRestartable(error);
    }

    public static boolean isRestartable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                if (s.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                    return false;
                }
                if (s instanceof SQLTransactionRollbackException || s.getErrorCode() == DEADLOCK
                        || "40001".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
