package vn.hailong.web.operations;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedErrorHandlerTest {

    @Test
    void a_lost_connection_is_the_database_unreachable_and_a_deadlock_is_not() {
        // what Micronaut Data reports when HikariCP closed a connection whose database died under it
        var closed = new IllegalStateException("Could not set JDBC Connection read-only",
                new SQLException("Connection is closed"));
        assertThat(UnexpectedErrorHandler.isDatabaseUnreachable(closed)).isTrue();
        assertThat(UnexpectedErrorHandler.isDatabaseUnreachable(
                new IllegalStateException(new SQLException("connection does not exist", "08003")))).isTrue();
        assertThat(UnexpectedErrorHandler.isDatabaseUnreachable(
                new IllegalStateException(new SQLException("Deadlock found", "40001", 1213)))).isFalse();
        assertThat(UnexpectedErrorHandler.isDatabaseUnreachable(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
