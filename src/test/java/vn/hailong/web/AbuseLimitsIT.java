package vn.hailong.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.support.Api;
import vn.hailong.support.Sql;
import vn.hailong.support.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Public entry points are limited per client address; X-Forwarded-For is not trusted unless configured. */
@MicronautTest(transactional = false)
@Property(name = "hailong.abuse.behind-proxy", value = "false")
@Property(name = "hailong.abuse.complaints-per-period", value = "3")
@Property(name = "hailong.abuse.complaints-period", value = "10m")
@Property(name = "hailong.abuse.pairing-failures-per-period", value = "3")
@Property(name = "hailong.abuse.pairing-period", value = "15m")
class AbuseLimitsIT {

    static final String COMPLAINT = "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    /** Limits are kept in the database across test classes (as across restarts): start from none. */
    @BeforeEach
    void forgetEarlierCounts() {
        sql.update("DELETE FROM abuse_counters");
    }
    @Inject
    Fixtures fixtures;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    Api.Response anonymousComplaint(Map<String, String> headers) {
        return api.send("POST", "/api/v1/complaints", null, COMPLAINT, headers);
    }

    @Test
    void complaints_without_a_token_are_limited_per_address_with_retry_after_and_tokens_are_not() {
        for (int i = 0; i < 3; i++) {
            // a client cannot escape by pretending to be someone else: the header is not trusted here
            assertThat(anonymousComplaint(Map.of("X-Forwarded-For", "203.0.113." + i)).status()).isEqualTo(201);
        }
        Api.Response limited = anonymousComplaint(Map.of("X-Forwarded-For", "198.51.100.7"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.body()).contains("quá nhiều phản ánh").contains("\"status\":429");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 600L);

        RatingWorld w = new RatingWorld(fixtures, api);
        assertThat(api.send("POST", "/api/v1/complaints", w.kioskToken, COMPLAINT, Map.of()).status()).isEqualTo(201);
    }

    @Test
    void pairing_code_failures_are_throttled_per_address() {
        for (int i = 0; i < 3; i++) {
            Api.Response wrong = api.post("/api/v1/kiosk/pair", null, "{\"code\":\"0000000" + i + "\"}");
            assertThat(wrong.status()).as(wrong.body()).isEqualTo(404);
        }
        RatingWorld w = new RatingWorld(fixtures, api);
        Api.Response code = api.post("/api/v1/kiosks/" + w.kioskCode + "/pairing-codes", w.admin, "");
        String good = RatingWorld.field(code.body(), "code");
        Api.Response blocked = api.post("/api/v1/kiosk/pair", null, "{\"code\":\"" + good + "\"}");
        assertThat(blocked.status()).as("even the right code waits once the address is throttled").isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotNull();
        assertThat(blocked.body()).contains("mã kết nối");
    }
}
