package vn.hailong.feedback;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.Unit;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * The caches of the rating hot path (issue 12 §2): what this node changes counts at once; what changes behind it
 * (another node, here plain SQL) counts once the entry expires ({@code hailong.hot-path-cache.expire-after}, 2 s here).
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.hot-path-cache.expire-after", value = "2s")
class HotPathCachesIT {

    static final Duration EXPIRY = Duration.ofSeconds(2);

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    Api api;
    RatingWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    Api.Response rate(String token, String json) {
        return api.send("POST", "/api/v1/ratings", token, json, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    String byOfficer(Unit unit) {
        return """
                {"score":4,"channel":"COUNTER","unitCode":"%s","officerCode":"%s"}""".formatted(unit.code(), w.officer);
    }

    /** An integration token of the world's unit: its id and its secret. */
    String[] integrationToken() {
        Api.Response created = api.post("/api/v1/tokens", w.admin, """
                {"name":"%s","role":"INTEGRATION","unitCode":"%s"}""".formatted(Fixtures.unique("t"), w.unit.code()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new String[]{field(created.body(), "id"), field(created.body(), "token")};
    }

    @Test
    void a_token_revoked_on_this_node_is_refused_at_once() {
        String[] issued = integrationToken();
        String token = issued[1];
        assertThat(rate(token, byOfficer(w.unit)).status()).isEqualTo(201);

        assertThat(api.delete("/api/v1/tokens/" + issued[0], w.admin).status()).isBetween(200, 204);

        assertThat(rate(token, byOfficer(w.unit)).status()).isEqualTo(401);
    }

    @Test
    void a_token_revoked_by_another_node_is_refused_within_the_expiry() throws InterruptedException {
        String[] issued = integrationToken();
        String token = issued[1];
        assertThat(rate(token, byOfficer(w.unit)).status()).isEqualTo(201);

        sql.update("UPDATE api_tokens SET revoked_at = UTC_TIMESTAMP(6) WHERE id = ?", Long.parseLong(issued[0]));

        assertThat(refusedWithin(() -> rate(token, byOfficer(w.unit)).status() == 401, EXPIRY.plusSeconds(3)))
                .as("refused within the expiry").isTrue();
    }

    @Test
    void an_officer_moved_on_this_node_is_seen_at_once() {
        assertThat(rate(w.admin, byOfficer(w.unit)).status()).isEqualTo(201);
        Unit other = fixtures.commune("Xã khác " + Fixtures.unique("n"));

        Api.Response moved = api.put("/api/v1/officers/" + w.officer, w.admin, """
                {"code":"%s","fullName":"Nguyễn Thị Lan","unitCode":"%s"}""".formatted(w.officer, other.code()));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);

        Api.Response old = rate(w.admin, byOfficer(w.unit));
        assertThat(old.status()).as(old.body()).isEqualTo(400);
        assertThat(rate(w.admin, byOfficer(other)).status()).isEqualTo(201);
    }

    @Test
    void an_officer_moved_by_another_node_is_seen_within_the_expiry() throws InterruptedException {
        assertThat(rate(w.admin, byOfficer(w.unit)).status()).isEqualTo(201);
        Unit other = fixtures.commune("Xã khác " + Fixtures.unique("n"));

        sql.update("UPDATE officers SET unit_id = ?, counter_id = NULL WHERE code = ?", other.id(), w.officer);

        assertThat(refusedWithin(() -> rate(w.admin, byOfficer(w.unit)).status() == 400, EXPIRY.plusSeconds(3)))
                .as("the move is seen within the expiry").isTrue();
    }

    @Test
    void a_replay_is_answered_from_the_stored_rating_even_when_its_body_would_now_be_refused() {
        String key = UUID.randomUUID().toString();
        String body = byOfficer(w.unit);
        Api.Response first = api.send("POST", "/api/v1/ratings", w.admin, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        Unit other = fixtures.commune("Xã khác " + Fixtures.unique("n"));
        assertThat(api.put("/api/v1/officers/" + w.officer, w.admin, """
                {"code":"%s","fullName":"Nguyễn Thị Lan","unitCode":"%s"}""".formatted(w.officer, other.code()))
                .status()).isEqualTo(200);

        Api.Response again = api.send("POST", "/api/v1/ratings", w.admin, body, Map.of("Idempotency-Key", key));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(field(again.body(), "id")).isEqualTo(field(first.body(), "id"));
        assertThat(sql.count("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", key)).isEqualTo(1L);
    }

    interface Check {
        boolean holds();
    }

    static boolean refusedWithin(Check check, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(200);
        }
        return check.holds();
    }
}
