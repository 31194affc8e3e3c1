package vn.hailong.database;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver settings in application.yml reach Connector/J's connections (a statement cache configured but never
 * applied cost a third of a rating's CPU, unseen by every other test).
 */
@MicronautTest(transactional = false)
class DriverSettingsIT {

    @Inject
    DataSource dataSource;

    @Test
    void connections_keep_the_parse_of_their_statements_and_talk_utc() throws Exception {
        try (Connection c = dataSource.unwrap(HikariDataSource.class).getConnection()) {
            var settings = c.unwrap(JdbcConnection.class).getPropertySet();
            assertThat(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue()).isEqualTo(250);
            assertThat(settings.getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue()).isEqualTo(2048);
            assertThat(settings.getStringProperty(PropertyKey.connectionTimeZone).getValue()).isEqualTo("UTC");
            assertThat(settings.getBooleanProperty(PropertyKey.forceConnectionTimeZoneToSession).getValue()).isTrue();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT @@session.time_zone")) {
                rs.next();
                // an offset, not a zone name: a server without time-zone tables (this one) knows no "UTC"
                assertThat(rs.getString(1)).isEqualTo("+00:00");
            }
        }
    }
}
