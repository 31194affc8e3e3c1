package vn.hailong.access.users;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.shared.security.Role;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class BootstrapAdminIT {

    @Inject
    Users users;

    @Inject
    PasswordHashing hashing;

    @Inject
    ProvinceRoot province;

    @Inject
    Clock clock;

    @Inject
    TestUsers testUsers;

    @Test
    void the_configured_password_is_the_admins_and_the_admin_holds_the_province() {
        User admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.unitId()).isEqualTo(province.ensure().id());
        assertThat(province.ensure().code()).isEqualTo("46");
        assertThat(province.ensure().name()).isEqualTo("Thành phố Huế");
        assertThat(hashing.matches(WebSession.ADMIN_PASSWORD, admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("$argon2id$");
    }

    @Test
    void a_restart_with_another_password_does_not_touch_an_existing_admin() {
        String before = users.findByUsername("admin").orElseThrow().passwordHash();
        new BootstrapAdmin(users, hashing, province, clock, "mot-mat-khau-khac").bootstrap();
        assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void without_a_configured_password_one_is_generated_and_logged_once() {
        Logger logger = (Logger) LoggerFactory.getLogger(BootstrapAdmin.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        testUsers.rename("admin", "admin-saved");
        try {
            new BootstrapAdmin(users, hashing, province, clock, "").bootstrap();
            new BootstrapAdmin(users, hashing, province, clock, "").bootstrap();

            var logged = appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.contains("generated password")).toList();
            assertThat(logged).hasSize(1);
            Matcher m = Pattern.compile("generated password: (\\S+)").matcher(logged.get(0));
            assertThat(m.find()).isTrue();
            assertThat(m.group(1)).hasSize(16);
            assertThat(hashing.matches(m.group(1), users.findByUsername("admin").orElseThrow().passwordHash())).isTrue();
        } finally {
            logger.detachAppender(appender);
            testUsers.delete("admin");
            testUsers.rename("admin-saved", "admin");
        }
    }
}
