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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A citizen's browser that retries a complaint with the same Idempotency-Key does not use up the address's limit. */
@MicronautTest(transactional = false)
@Property(name = "hailong.abuse.complaints-per-period", value = "2")
@Property(name = "hailong.abuse.complaints-period", value = "10m")
class ComplaintReplayLimitIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    /** Limits are kept in the database across test classes (as across restarts): start from none. */
    @BeforeEach
    void forgetEarlierCounts() {
        sql.update("DELETE FROM abuse_counters");
    }

    @Test
    void replays_cost_nothing_and_only_new_complaints_count_against_the_limit() {
        Api api = new Api(server);
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\"}";
        Api.Response first = api.send("POST", "/api/v1/complaints", null, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            Api.Response replay = api.send("POST", "/api/v1/complaints", null, body, Map.of("Idempotency-Key", key));
            assertThat(replay.status()).as("replay " + i + " " + replay.body()).isEqualTo(200);
        }
        Api.Response second = api.send("POST", "/api/v1/complaints", null, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        Api.Response third = api.send("POST", "/api/v1/complaints", null, body, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(third.status()).as("the limit of two new complaints is reached").isEqualTo(429);
        Api.Response replayAfterLimit = api.send("POST", "/api/v1/complaints", null, body, Map.of("Idempotency-Key", key));
        assertThat(replayAfterLimit.status()).as("a replay is answered even at the limit").isEqualTo(200);
    }
}
