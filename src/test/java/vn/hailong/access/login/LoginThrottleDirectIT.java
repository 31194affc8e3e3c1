package vn.hailong.access.login;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not behind a proxy, X-Forwarded-For is the client's own invention: sign-in failures count against the connection's
 * address however the header varies.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.abuse.behind-proxy", value = "false")
@Property(name = "hailong.login.throttle.max-failures-per-address", value = "3")
class LoginThrottleDirectIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    @BeforeEach
    @AfterEach
    void forgetTheLoopbackFailures() {
        // every test client connects from the loopback address; do not leave it locked for other test classes
        sql.update("DELETE FROM abuse_counters WHERE limit_name LIKE 'login.%'");
    }

    @Test
    void failures_with_a_varying_forwarded_for_still_hit_the_per_address_limit() {
        for (int i = 0; i < 3; i++) {
            try (WebSession attacker = new WebSession(server, "203.0.113." + i)) {
                assertThat(attacker.signIn(TestUsers.unique("doan"), "sai").status()).as("try " + i).isEqualTo(200);
            }
        }
        try (WebSession attacker = new WebSession(server, "203.0.113.200")) {
            assertThat(attacker.signIn(TestUsers.unique("doan"), "sai").status()).isEqualTo(429);
        }
    }
}
