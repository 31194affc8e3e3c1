package vn.hailong.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/** Idempotency keys belong to one client: the same key from two clients neither collides nor reveals anything. */
@MicronautTest(transactional = false)
class IdempotencyScopeIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Api api;
    RatingWorld a;
    RatingWorld b;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        a = new RatingWorld(fixtures, api);
        b = new RatingWorld(fixtures, api);
    }

    Api.Response post(String path, String token, String key, String body) {
        return api.send("POST", path, token, body, Map.of("Idempotency-Key", key));
    }

    @Test
    void two_kiosks_using_the_same_rating_key_get_two_ratings_and_each_replays_its_own() {
        String key = UUID.randomUUID().toString();
        Api.Response first = post("/api/v1/ratings", a.kioskToken, key, "{\"score\":5}");
        Api.Response other = post("/api/v1/ratings", b.kioskToken, key, "{\"score\":1}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(other.status()).as("no 409: another client's key is not visible").isEqualTo(201);
        assertThat(field(other.body(), "id")).isNotEqualTo(field(first.body(), "id"));
        Api.Response replay = post("/api/v1/ratings", a.kioskToken, key, "{\"score\":5}");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(field(replay.body(), "id")).isEqualTo(field(first.body(), "id"));
        assertThat(post("/api/v1/ratings", a.kioskToken, key, "{\"score\":4}").status()).isEqualTo(409);
    }

    @Test
    void a_kiosks_key_outlives_re_pairing_because_it_belongs_to_the_kiosk_not_the_token() {
        String key = UUID.randomUUID().toString();
        Api.Response first = post("/api/v1/ratings", a.kioskToken, key, "{\"score\":3}");
        Api.Response code = api.post("/api/v1/kiosks/" + a.kioskCode + "/pairing-codes", a.admin, "");
        String newToken = field(api.post("/api/v1/kiosk/pair", null, "{\"code\":\"" + field(code.body(), "code") + "\"}").body(), "token");
        Api.Response replay = post("/api/v1/ratings", newToken, key, "{\"score\":3}");
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(field(replay.body(), "id")).isEqualTo(field(first.body(), "id"));
    }

    @Test
    void complaints_with_the_same_key_from_two_kiosks_and_a_citizen_are_three_complaints() {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\"}";
        Api.Response fromA = post("/api/v1/complaints", a.kioskToken, key, body);
        Api.Response fromB = post("/api/v1/complaints", b.kioskToken, key, "{\"kind\":\"PHAN_ANH\",\"text\":\"Khác\"}");
        Api.Response citizen = post("/api/v1/complaints", null, key, body);
        assertThat(fromA.status()).isEqualTo(201);
        assertThat(fromB.status()).as(fromB.body()).isEqualTo(201);
        assertThat(citizen.status()).as(citizen.body()).isEqualTo(201);
        assertThat(field(fromB.body(), "trackingCode")).isNotEqualTo(field(fromA.body(), "trackingCode"));
        assertThat(field(citizen.body(), "trackingCode")).isNotEqualTo(field(fromA.body(), "trackingCode"));
        Api.Response replay = post("/api/v1/complaints", null, key, body);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(field(replay.body(), "trackingCode")).isEqualTo(field(citizen.body(), "trackingCode"));
    }
}
