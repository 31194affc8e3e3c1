package vn.hailong.access.users;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Creates staff users (and units) straight in the database for ITs; each name is unique per call. */
@Singleton
public class TestUsers {

    public static final String PASSWORD = "Mật-khẩu-thử-1";

    private final Users users;
    private final PasswordHashing hashing;
    private final JdbcOperations jdbc;
    private final Clock clock;

    TestUsers(Users users, PasswordHashing hashing, JdbcOperations jdbc, Clock clock) {
        this.users = users;
        this.hashing = hashing;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String unique(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    }

    @Transactional
    public User create(String username, Role role, long unitId) {
        Instant now = clock.instant();
        return users.save(new User(null, username, "Người dùng " + username, hashing.hash(PASSWORD), role, unitId,
                true, now, now, null));
    }

    @Transactional
    public void deactivate(long userId) {
        users.update(users.findById(userId).orElseThrow().deactivated(clock.instant()));
    }

    @Transactional
    public long rootUnitId() {
        return jdbc.prepareStatement("SELECT id FROM units WHERE code = ?", ps -> {
            ps.setString(1, BootstrapAdmin.ROOT_UNIT_CODE);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A unit under the given parent, with its materialised path. */
    @Transactional
    public long createUnit(String code, String name, long parentId) {
        String parentPath = jdbc.prepareStatement("SELECT path FROM units WHERE id = ?", ps -> {
            ps.setLong(1, parentId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        long id = jdbc.execute(c -> {
            try (var ps = c.prepareStatement("INSERT INTO units (code, name, type, parent_id, path, valid_from, active,"
                    + " created_at, updated_at) VALUES (?, ?, 'COMMUNE', ?, '/', '2025-07-01', TRUE, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, code);
                ps.setString(2, name);
                ps.setLong(3, parentId);
                ps.setTimestamp(4, now);
                ps.setTimestamp(5, now);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        jdbc.prepareStatement("UPDATE units SET path = ? WHERE id = ?", ps -> {
            ps.setString(1, parentPath + id + "/");
            ps.setLong(2, id);
            return ps.executeUpdate();
        });
        return id;
    }
}
