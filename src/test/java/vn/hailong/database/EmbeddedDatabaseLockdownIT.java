package vn.hailong.database;

import org.junit.jupiter.api.Test;
import vn.hailong.shared.crypto.PersonalDataKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Another process on the machine can no longer walk into the embedded database: no account without a password, and
 * LOAD_FILE reaches nothing (in particular not the personal-data key beside the data).
 */
class EmbeddedDatabaseLockdownIT {

    @Test
    void root_needs_the_generated_password_and_load_file_cannot_read_the_key() throws Exception {
        EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.externalDatabaseConfigured()
                ? new EmbeddedDatabaseSettings(Path.of("target", "embedded-db-it").toAbsolutePath(), 0, "hailong_it", true)
                : EmbeddedDatabaseSettings.fromEnvironment();
        EmbeddedDatabase db = EmbeddedDatabase.startOnce(settings);
        String port = db.jdbcUrl().replaceAll(".*127\\.0\\.0\\.1:(\\d+)/.*", "$1");
        String url = "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";

        Path passwordFile = settings.directory().resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(Files.readString(passwordFile).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");

        for (String user : new String[] {"root", "", "anyone"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close()).as("user '" + user + "'")
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        }

        Path keyFile = settings.directory().resolve(PersonalDataKey.FILE_NAME);
        if (!Files.exists(keyFile)) {
            Files.writeString(keyFile, "not-a-real-key\n");
        }
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT LOAD_FILE('" + keyFile + "'), @@secure_file_priv")) {
            rs.next();
            assertThat(rs.getString(1)).as("LOAD_FILE of the key file").isNull();
            assertThat(rs.getString(2)).startsWith(settings.directory().resolve("files").toString());
        }
    }
}
