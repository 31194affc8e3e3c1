package vn.hailong.access.users;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.shared.security.Role;
import vn.hailong.web.WebSession;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Inject
    EmbeddedServer server;

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
        new BootstrapAdmin(users, hashing, province, clock, new StartBanner(), "mot-mat-khau-khac", false).bootstrap();
        assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo(before);
    }

    @Test
    void without_a_configured_password_one_is_generated_and_shown_once_in_a_framed_block_on_stdout() {
        Logger logger = (Logger) LoggerFactory.getLogger(BootstrapAdmin.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StartBanner banner = new StartBanner();
        banner.printTo(new PrintStream(out, true, StandardCharsets.UTF_8));
        testUsers.rename("admin", "admin-saved");
        try {
            String password = new BootstrapAdmin(users, hashing, province, clock, banner, "", false).bootstrap().orElseThrow();
            assertThat(new BootstrapAdmin(users, hashing, province, clock, banner, "", false).bootstrap()).isEmpty();
            banner.flush();

            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("#".repeat(80)).contains("password:  " + password).contains("reset-admin-password");
            assertThat(printed.split("password:  ", -1)).hasSize(2);
            assertThat(password).hasSize(16);
            assertThat(hashing.matches(password, users.findByUsername("admin").orElseThrow().passwordHash())).isTrue();
            // the log says where to look, but a log file never holds the password
            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(m -> assertThat(m).contains("framed block")).noneSatisfy(m -> assertThat(m).contains(password));
        } finally {
            logger.detachAppender(appender);
            testUsers.delete("admin");
            testUsers.rename("admin-saved", "admin");
        }
    }

    @Test
    void a_reset_start_gives_the_admin_a_new_password_reactivates_it_and_ends_its_sessions() {
        try (WebSession before = new WebSession(server)) {
            before.signInAsAdmin();
            assertThat(before.get("/").status()).isEqualTo(200);
            User admin = users.findByUsername("admin").orElseThrow();
            testUsers.deactivate(admin.id());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StartBanner banner = new StartBanner();
            banner.printTo(new PrintStream(out, true, StandardCharsets.UTF_8));
            String saved = admin.passwordHash();
            try {
                String password = new BootstrapAdmin(users, hashing, province, clock, banner, WebSession.ADMIN_PASSWORD, true)
                        .bootstrap().orElseThrow();
                banner.flush();
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("password was reset").contains("password:  " + password);
                User reset = users.findByUsername("admin").orElseThrow();
                assertThat(reset.active()).isTrue();
                assertThat(hashing.matches(password, reset.passwordHash())).isTrue();
                assertThat(before.get("/").status()).isEqualTo(303);
            } finally {
                users.update(users.findByUsername("admin").orElseThrow().withPasswordHash(saved, clock.instant()));
            }
        }
    }

    @Test
    void a_bootstrap_admin_password_shorter_than_ten_characters_refuses_to_start() {
        assertThatThrownBy(() -> new BootstrapAdmin(users, hashing, province, clock, new StartBanner(), "admin123", false))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("HAILONG_BOOTSTRAP_ADMIN_PASSWORD is 8 characters long; it needs at least 10");
    }

    @Test
    void the_banner_frames_every_line_to_one_width() {
        String framed = StartBanner.frame(java.util.List.of("Xin chào", "x".repeat(100)));
        assertThat(framed.lines().filter(l -> !l.isEmpty()).map(String::length).distinct().toList()).containsExactly(80);
    }
}
