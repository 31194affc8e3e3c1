package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/** Ratings at the edges: a fast device clock at midnight, the flag of a replay, a clash of generated ids. */
@MicronautTest(transactional = false)
class RatingIntakeEdgeIT {

    /** Two minutes before local midnight. */
    static final Instant NOW = OffsetDateTime.parse("2026-11-22T23:58:00+07:00").toInstant();
    /** When set, the next id handed out (then the generator goes on as usual). */
    static final AtomicLong FORCED_ID = new AtomicLong(-1);

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

    @MockBean(TimeOrderedIds.class)
    TimeOrderedIds ids() {
        return new TimeOrderedIds(Clock.systemUTC()) {
            @Override
            public synchronized long next() {
                long forced = FORCED_ID.getAndSet(-1);
                return forced >= 0 ? forced : super.next();
            }
        };
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

    @Test
    void a_replay_reports_the_flag_the_rating_was_stored_with() {
        String key = UUID.randomUUID().toString();
        String body = "{\"score\":4,\"submittedAt\":\"2026-11-22T23:56:00+07:00\"}";
        assertThat(rate(UUID.randomUUID().toString(), body.replace('4', '5')).body()).contains("\"flagged\":false");
        Api.Response flagged = rate(key, body);
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        assertThat(flagged.body()).contains("\"flagged\":true");
        Api.Response replay = rate(key, body);
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(replay.body()).contains("\"flagged\":true").contains(field(flagged.body(), "id"));
    }

    @Test
    void a_clash_of_generated_ids_is_retried_with_a_new_id_not_taken_for_a_replay() {
        Api.Response first = rate(UUID.randomUUID().toString(), "{\"score\":5,\"submittedAt\":\"2026-11-22T22:00:00+07:00\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String taken = field(first.body(), "id");

        FORCED_ID.set(Long.parseLong(taken));
        String key = UUID.randomUUID().toString();
        Api.Response second = rate(key, "{\"score\":2,\"submittedAt\":\"2026-11-22T22:30:00+07:00\"}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        String id = field(second.body(), "id");
        assertThat(id).isNotEqualTo(taken);
        assertThat(sql.column("SELECT score FROM ratings WHERE id = ?", id)).containsExactly("2");
        assertThat(sql.column("SELECT score FROM ratings WHERE id = ?", taken)).containsExactly("5");
        assertThat(sql.column("SELECT id FROM ratings WHERE idempotency_key = ?", key)).containsExactly(id);
    }
}
