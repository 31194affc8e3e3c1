package vn.hailong.access.users;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.time.Instant;

/**
 * First start (product.md §4.1): makes sure the user {@code admin} exists, scoped to the province root unit. The admin's
 * password comes from {@code HAILONG_BOOTSTRAP_ADMIN_PASSWORD}; without it a random one is generated and printed to
 * the log this once. An existing admin is never touched, so restarts do not reset a changed password.
 */
@Singleton
public class BootstrapAdmin implements ApplicationEventListener<StartupEvent> {

    public static final String ADMIN_USERNAME = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Users users;
    private final PasswordHashing hashing;
    private final ProvinceRoot province;
    private final Clock clock;
    private final String configuredPassword;

    BootstrapAdmin(Users users, PasswordHashing hashing, ProvinceRoot province, Clock clock,
                   @Value("${hailong.bootstrap.admin-password:}") String configuredPassword) {
        this.users = users;
        this.hashing = hashing;
        this.province = province;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        bootstrap();
    }

    @Transactional
    public void bootstrap() {
        long rootUnitId = province.ensure().id();
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
}
