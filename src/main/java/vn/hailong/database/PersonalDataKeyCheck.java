package vn.hailong.database;

import io.micronaut.context.annotation.Context;
import io.micronaut.jdbc.DataSourceResolver;
import org.slf4j.Logger;
import vn.hailong.shared.crypto.PersonalDataCipher;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Refuses to start with a personal-data key other than the one the database's data was written with. The first
 * start stores the key's check value ({@link PersonalDataCipher#keyCheckValue()}) in {@code app_settings}; every
 * later start compares. Without this, a wrong key would go unnoticed until a stored phone number failed to decrypt
 * (500) or a look-up by blind index silently found nothing, and the new rows would be readable with neither key.
 * A context bean: the check (and the refusal of a missing key with an external database) happens at start-up.
 */
@Context
public class PersonalDataKeyCheck {

    static final String SETTING = "personal_data.key_check";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataKeyCheck.class);

    PersonalDataKeyCheck(PersonalDataCipher cipher, DataSource contextual, DataSourceResolver resolver) {
        verify(resolver.resolve(contextual), cipher.keyCheckValue());
    }

    /** @throws IllegalStateException when the database holds the check value of another key */
    static void verify(DataSource dataSource, String expected) {
        try (Connection c = dataSource.getConnection()) {
            String stored = read(c);
            if (stored == null) {
                // first start with this database: remember the key (a concurrent first start of another node may win)
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT IGNORE INTO app_settings (name, value, updated_at) VALUES (?, ?, UTC_TIMESTAMP(6))")) {
                    ps.setString(1, SETTING);
                    ps.setString(2, expected);
                    ps.executeUpdate();
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                stored = read(c);
                LOG.info("Stored the check value of the personal-data key; later starts must use the same key");
            }
            if (!expected.equals(stored)) {
                throw new IllegalStateException("The personal-data key (HAILONG_CRYPTO_KEY, or personal-data.key beside "
                        + "the embedded database) is not the key this database's phone numbers were encrypted with: "
                        + "start-up refused so that no data is written that cannot be read. Set HAILONG_CRYPTO_KEY to the "
                        + "key this database was set up with (from its backup).");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the personal-data key against the database", e);
        }
    }

    private static String read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM app_settings WHERE name = ?")) {
            ps.setString(1, SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
