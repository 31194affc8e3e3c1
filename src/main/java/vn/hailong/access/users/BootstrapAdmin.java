package vn.hailong.access.users;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.shared.security.Role;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * First start (product.md §4.1): makes sure the province root unit and the user {@code admin} exist. The admin's
 * password comes from {@code HAILONG_BOOTSTRAP_ADMIN_PASSWORD}; without it a random one is generated and printed to
 * the log this once. An existing admin is never touched, so restarts do not reset a changed password.
 */
@Singleton
public class BootstrapAdmin implements ApplicationEventListener<StartupEvent> {

    public static final String ADMIN_USERNAME = "admin";
    /** Thành phố Huế (official code 46), the province this installation serves; the demo loader upserts by code. */
    public static final String ROOT_UNIT_CODE = "46";
    static final String ROOT_UNIT_NAME = "Thành phố Huế";
    static final LocalDate ROOT_UNIT_VALID_FROM = LocalDate.of(2025, 7, 1);

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Users users;
    private final PasswordHashing hashing;
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final String configuredPassword;

    BootstrapAdmin(Users users, PasswordHashing hashing, JdbcOperations jdbc, Clock clock,
                   @Value("${hailong.bootstrap.admin-password:}") String configuredPassword) {
        this.users = users;
        this.hashing = hashing;
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        bootstrap();
    }

    @Transactional
    public void bootstrap() {
        long rootUnitId = ensureRootUnit();
        if (users.existsByUsername(ADMIN_USERNAME)) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? PasswordHashing.randomPassword(16) : configuredPassword;
        Instant now = clock.instant();
        users.save(new User(null, ADMIN_USERNAME, "Quản trị hệ thống", hashing.hash(password), Role.ADMIN,
                rootUnitId, true, now, now, null));
        if (generated) {
            // Printed once, on the start that created the account; set HAILONG_BOOTSTRAP_ADMIN_PASSWORD to choose it.
            LOG.warn("Created user '{}' with the generated password: {}  (shown only now; change it after signing in)",
                    ADMIN_USERNAME, password);
        } else {
            LOG.info("Created user '{}' with the password from HAILONG_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }

    /** The root unit: the one with code 46 if present, otherwise any unit without a parent, otherwise a new one. */
    private long ensureRootUnit() {
        Long existing = jdbc.prepareStatement(
                "SELECT id FROM units WHERE code = ? OR parent_id IS NULL ORDER BY (code = ?) DESC, id LIMIT 1",
                ps -> {
                    ps.setString(1, ROOT_UNIT_CODE);
                    ps.setString(2, ROOT_UNIT_CODE);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : null;
                    }
                });
        if (existing != null) {
            return existing;
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO units (code, name, type, parent_id, path, valid_from, active, created_at, updated_at)"
                            + " VALUES (?, ?, 'PROVINCE', NULL, '/', ?, TRUE, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, ROOT_UNIT_CODE);
                ps.setString(2, ROOT_UNIT_NAME);
                ps.setObject(3, ROOT_UNIT_VALID_FROM);
                ps.setTimestamp(4, now);
                ps.setTimestamp(5, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        jdbc.prepareStatement("UPDATE units SET path = CONCAT('/', id, '/') WHERE id = ?", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
        LOG.info("Created the root unit {} ({})", ROOT_UNIT_CODE, ROOT_UNIT_NAME);
        return id;
    }
}
