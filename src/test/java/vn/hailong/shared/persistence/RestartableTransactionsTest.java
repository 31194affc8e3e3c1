package vn.hailong.shared.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class RestartableTransactionsTest {

    @Test
    void a_deadlock_anywhere_in_the_causes_is_restartable() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        assertThat(RestartableTransactions.isRestartable(deadlock)).isTrue();
        assertThat(new RestartableTransactions().test(new RuntimeException("Error executing SQL UPDATE",
                new IllegalStateException(deadlock)))).isTrue();
        // as a driver without the subclass reports it
        assertThat(RestartableTransactions.isRestartable(new SQLException("Deadlock", "40001", 1213))).isTrue();
    }

    @Test
    void a_duplicate_key_a_lost_connection_and_a_lock_wait_timeout_are_not() {
        assertThat(RestartableTransactions.isRestartable(new RuntimeException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(RestartableTransactions.isRestartable(
                new SQLTransientConnectionException("Connection is not available", "08S01"))).isFalse();
        assertThat(RestartableTransactions.isRestartable(
                new SQLTransactionRollbackException("Lock wait timeout exceeded; try restarting transaction", "40001",
                        1205))).isFalse();
        assertThat(RestartableTransactions.isRestartable(new IllegalStateException("no cause"))).isFalse();
    }
}
