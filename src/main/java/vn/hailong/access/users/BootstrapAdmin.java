package vn.hailong.access.users;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * First start (product.md §4.1): makes sure the user {@code admin} exists, scoped to the province root unit. The admin's
 * password comes from {@code HAILONG_BOOTSTRAP_ADMIN_PASSWORD} (at least {@value ManagingUsers#MIN_PASSWORD_LENGTH}
 * characters, or the service does not start); without it a random one is generated and shown once, framed on
 * standard output ({@link StartBanner}). An existing admin is never touched, so restarts do not reset a changed
 * password, unless the start asks for it: {@code reset-admin-password} on the command line or
 * {@code HAILONG_RESET_ADMIN_PASSWORD=true} gives the admin a new random password (shown the same way), reactivates
 * the account and ends its sessions.
 */
@Singleton
public class BootstrapAdmin implements ApplicationEventListener<StartupEvent> {

    public static final String ADMIN_USERNAME = "admin";
    /** The command-line word that asks for a new admin password; {@code Application} maps it to the property. */
    public static final String RESET_ARGUMENT = "reset-admin-password";
    public static final String RESET_PROPERTY = "hailong.reset-admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Users users;
    private final PasswordHashing hashing;
    private final ProvinceRoot province;
    private final Clock clock;
    private final StartBanner banner;
    private final String configuredPassword;
    private final boolean reset;

    BootstrapAdmin(Users users, PasswordHashing hashing, ProvinceRoot province, Clock clock, StartBanner banner,
                   @Value("${hailong.bootstrap.admin-password:}") String configuredPassword,
                   @Value("${" + RESET_PROPERTY + ":false}") boolean reset) {
        this.users = users;
        this.hashing = hashing;
        this.province = province;
        this.clock = clock;
        this.banner = banner;
        this.configuredPassword = configuredPassword == null || configuredPassword.isBlank() ? null : configuredPassword;
        this.reset = reset;
        if (this.configuredPassword != null && this.configuredPassword.length() < ManagingUsers.MIN_PASSWORD_LENGTH) {
            // fails the start: every other password needs this length too, and a short admin password must not go live
            throw new ConfigurationException("HAILONG_BOOTSTRAP_ADMIN_PASSWORD is " + this.configuredPassword.length()
                    + " characters long; it needs at least " + ManagingUsers.MIN_PASSWORD_LENGTH
                    + ". Choose a longer one, or leave it unset to have one generated and shown at the first start.");
        }
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        bootstrap();
    }

    /** Creates the admin, or resets its password when asked; returns the password it generated, if it did. */
    @Transactional
    public Optional<String> bootstrap() {
        long rootUnitId = province.ensure().id();
        Optional<User> existing = users.findByUsername(ADMIN_USERNAME);
        if (existing.isPresent()) {
            return reset ? Optional.of(resetPassword(existing.get())) : Optional.empty();
        }
        String password = configuredPassword == null ? PasswordHashing.randomPassword(16) : configuredPassword;
        Instant now = clock.instant();
        users.save(new User(null, ADMIN_USERNAME, "Quản trị hệ thống", hashing.hash(password), Role.ADMIN,
                rootUnitId, true, now, now, null));
        if (configuredPassword != null) {
            LOG.info("Created user '{}' with the password from HAILONG_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_USERNAME);
            return Optional.empty();
        }
        LOG.warn("Created user '{}' with a generated password, printed once in a framed block on standard output",
                ADMIN_USERNAME);
        banner.show(List.of("HaiLong: first start. Sign in as the administrator:",
                "",
                "  user name: " + ADMIN_USERNAME,
                "  password:  " + password,
                "",
                "This password is shown only now: change it after signing in (Đổi mật khẩu).",
                "Lost it? Start once with the argument " + RESET_ARGUMENT + " for a new one.",
                "(java -jar hailong.jar " + RESET_ARGUMENT + ", or ./mvnw mn:run -Dmn.appArgs=" + RESET_ARGUMENT + ")"));
        return Optional.of(password);
    }

    private String resetPassword(User admin) {
        String password = PasswordHashing.randomPassword(16);
        Instant now = clock.instant();
        users.update(admin.withPasswordHash(hashing.hash(password), now)
                .withDetails(admin.fullName(), Role.ADMIN, admin.unitId(), true, now));
        users.raiseCredentialVersion(admin.id());
        LOG.warn("Reset the password of user '{}' as asked ({}); its sessions ended. The new password is printed in a "
                + "framed block on standard output", ADMIN_USERNAME, RESET_PROPERTY);
        banner.show(List.of("HaiLong: the administrator's password was reset.",
                "",
                "  user name: " + ADMIN_USERNAME,
                "  password:  " + password,
                "",
                "Every session of " + ADMIN_USERNAME + " has ended, and the account is active again.",
                "If you set HAILONG_RESET_ADMIN_PASSWORD=true, remove it now: every start with it resets again."));
        return password;
    }
}
