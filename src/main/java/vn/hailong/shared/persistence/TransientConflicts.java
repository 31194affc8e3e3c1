package vn.hailong.shared.persistence;

import java.sql.SQLException;

/**
 * Recognises, anywhere in an exception's causes, a transaction the database rolled back because of a concurrent one
 * (SQLSTATE 40001: InnoDB's deadlock, error 1213, which is also how Galera reports a certification conflict): nothing
 * of it was stored, and running it again is the documented remedy.
 */
public final class TransientConflicts {

    private TransientConflicts() {
    }

    public static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || s.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }
}
