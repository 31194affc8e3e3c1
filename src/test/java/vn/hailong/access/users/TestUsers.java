package vn.hailong.access.users;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.organisation.ProvinceRoot;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Creates staff users straight in the database for ITs; each name is unique per call. */
@Singleton
public class TestUsers {

    public static final String PASSWORD = "Mật-khẩu-thử-1";

    private final Users users;
    private final PasswordHashing hashing;
    private final ProvinceRoot province;
    private final JdbcOperations jdbc;
    private final Clock clock;

    TestUsers(Users users, PasswordHashing hashing, ProvinceRoot province, JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.hashing = hashing;
        this.province = province;
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
    public void rename(String from, String to) {
        jdbc.prepareStatement("UPDATE users SET username = ? WHERE username = ?", ps -> {
            ps.setString(1, to);
            ps.setString(2, from);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void delete(String username) {
        jdbc.prepareStatement("DELETE FROM users WHERE username = ?", ps -> {
            ps.setString(1, username);
            return ps.executeUpdate();
        });
    }

    public long rootUnitId() {
        return province.ensure().id();
    }
}
