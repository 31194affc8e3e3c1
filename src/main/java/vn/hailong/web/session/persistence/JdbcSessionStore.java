package vn.hailong.web.session.persistence;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import vn.hailong.web.session.SessionStore;
import vn.hailong.web.session.StaffSession;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * {@link SessionStore} in {@code staff_sessions} and {@code app_settings}. Plain auto-committed statements on the raw
 * pool: a session is read by the authentication filter before any transaction exists, and a sign-in must not be
 * rolled back with whatever the page does afterwards.
 */
@Singleton
class JdbcSessionStore implements SessionStore {

    static final String SIGNING_KEY_SETTING = "web.signing_key";

    private final DataSource dataSource;

    JdbcSessionStore(DataSource contextual, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(contextual);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what, e);
        }
    }

    @Override
    public void insert(StaffSession s) {
        run("store a session", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO staff_sessions (id_hash, user_id, credential_version, csrf_token, created_at, last_seen_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, s.idHash());
                ps.setLong(2, s.userId());
                ps.setInt(3, s.credentialVersion());
                ps.setString(4, s.csrfToken());
                ps.setObject(5, utc(s.createdAt()));
                ps.setObject(6, utc(s.lastSeenAt()));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StaffSession> findAlive(String idHash, Instant idleSince, Instant createdSince) {
        return run("read a session", c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id_hash, user_id, credential_version, csrf_token, created_at, last_seen_at FROM staff_sessions
                    WHERE id_hash = ? AND last_seen_at > ? AND created_at > ?""")) {
                ps.setString(1, idHash);
                ps.setObject(2, utc(idleSince));
                ps.setObject(3, utc(createdSince));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StaffSession>empty();
                    }
                    return Optional.of(new StaffSession(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                            instant(rs, 5), instant(rs, 6)));
                }
            }
        });
    }

    @Override
    public void touch(String idHash, Instant now) {
        update("UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?", utc(now), idHash);
    }

    @Override
    public void delete(String idHash) {
        update("DELETE FROM staff_sessions WHERE id_hash = ?", idHash);
    }

    @Override
    public void updateCredentialVersion(String idHash, int version) {
        update("UPDATE staff_sessions SET credential_version = ? WHERE id_hash = ?", version, idHash);
    }

    @Override
    public void keepNewest(long userId, int keep) {
        update("""
                DELETE FROM staff_sessions WHERE user_id = ? AND id_hash NOT IN (
                  SELECT id_hash FROM (SELECT id_hash FROM staff_sessions WHERE user_id = ?
                                       ORDER BY last_seen_at DESC LIMIT ?) newest)""", userId, userId, keep);
    }

    @Override
    public int purge(Instant idleSince, Instant createdSince) {
        return update("DELETE FROM staff_sessions WHERE last_seen_at <= ? OR created_at <= ? LIMIT 10000",
                utc(idleSince), utc(createdSince));
    }

    @Override
    public byte[] signingKey() {
        return run("read the signing key", c -> {
            String stored = readSetting(c);
            if (stored == null) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // a concurrent first start of another node may win; everyone then reads the same row
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT IGNORE INTO app_settings (name, value, updated_at) VALUES (?, ?, UTC_TIMESTAMP(6))")) {
                    ps.setString(1, SIGNING_KEY_SETTING);
                    ps.setString(2, Base64.getEncoder().encodeToString(fresh));
                    ps.executeUpdate();
                }
                stored = readSetting(c);
            }
            return Base64.getDecoder().decode(stored);
        });
    }

    private static String readSetting(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM app_settings WHERE name = ?")) {
            ps.setString(1, SIGNING_KEY_SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private int update(String sql, Object... params) {
        return run("update sessions", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
