package vn.hailong.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.support.Api;
import vn.hailong.support.Sql;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind our own reverse proxy, the address it appends to X-Forwarded-For is the client's. */
@MicronautTest(transactional = false)
@Property(name = "hailong.abuse.behind-proxy", value = "true")
@Property(name = "hailong.abuse.complaints-per-period", value = "2")
class AbuseLimitsBehindProxyIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    /** Limits are kept in the database across test classes (as across restarts): start from none. */
    @BeforeEach
    void forgetEarlierCounts() {
        sql.update("DELETE FROM abuse_counters");
    }

    int post(String forwardedFor) {
        return new Api(server).send("POST", "/api/v1/complaints", null, "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\"}",
                Map.of("X-Forwarded-For", forwardedFor)).status();
    }

    @Test
    void each_forwarded_client_has_its_own_allowance_and_only_the_proxys_entry_counts() {
        assertThat(post("203.0.113.1")).isEqualTo(201);
        assertThat(post("10.9.9.9, 203.0.113.1")).isEqualTo(201);
        assertThat(post("203.0.113.1")).as("spoofed first entries do not reset the allowance").isEqualTo(429);
        assertThat(post("203.0.113.2")).isEqualTo(201);
    }
}
