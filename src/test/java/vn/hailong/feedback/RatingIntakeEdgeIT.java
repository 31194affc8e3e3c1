package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/** Ratings at the edges: a fast device clock at midnight. */
@MicronautTest(transactional = false)
class RatingIntakeEdgeIT {

    /** Two minutes before local midnight. */
    static final Instant NOW = OffsetDateTime.parse("2026-11-22T23:58:00+07:00").toInstant();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    Api api;
    RatingWorld w;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ClockFactory.VIETNAM);
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    Api.Response rate(String key, String json) {
        return api.send("POST", "/api/v1/ratings", w.kioskToken, json, Map.of("Idempotency-Key", key));
    }

    @Test
    void a_device_clock_a_few_minutes_fast_before_midnight_counts_today_and_its_own_time_is_kept() {
        Api.Response r = rate(UUID.randomUUID().toString(), "{\"score\":5,\"submittedAt\":\"2026-11-23T00:02:00+07:00\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = field(r.body(), "id");
        assertThat(sql.column("SELECT local_date FROM ratings WHERE id = ?", id)).containsExactly("2026-11-22");
        assertThat(sql.column("SELECT submitted_at FROM ratings WHERE id = ?", id).get(0)).startsWith("2026-11-22 17:02:00");
        // beyond the tolerance it is still refused
        assertThat(rate(UUID.randomUUID().toString(), "{\"score\":5,\"submittedAt\":\"2026-11-23T00:04:00+07:00\"}").status())
                .isEqualTo(400);
    }
}
