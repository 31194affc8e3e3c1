package vn.hailong.complaints;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.ids.Digests;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/** Filing complaints: the body fingerprint gives nothing away, tokens stay in their units, channels are not spoofed. */
@MicronautTest(transactional = false)
class ComplaintIntakeIT {

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

    Api.Response file(String token, String key, String json) {
        return api.send("POST", "/api/v1/complaints", token, json, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    @Test
    void the_stored_body_hash_is_keyed_so_the_phone_cannot_be_brute_forced_from_it_and_replays_still_work() {
        String key = UUID.randomUUID().toString();
        String json = "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"phone\":\"0912 345 678\"}";
        Api.Response first = file(w.kioskToken, key, json);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String code = field(first.body(), "trackingCode");

        String stored = sql.column("SELECT body_hash FROM complaints WHERE tracking_code = ?", code).get(0);
        String plain = Digests.sha256(new ComplaintIntake.Submission("PHAN_ANH", "Chờ lâu", null, null, "0912 345 678",
                null, null).canonical());
        assertThat(stored).hasSize(64).isNotEqualTo(plain);

        Api.Response again = file(w.kioskToken, key, json);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(field(again.body(), "trackingCode")).isEqualTo(code);
        Api.Response otherPhone = file(w.kioskToken, key, json.replace("0912 345 678", "0912 345 679"));
        assertThat(otherPhone.status()).as(otherPhone.body()).isEqualTo(409);
        assertThat(sql.column("SELECT COUNT(*) FROM complaints WHERE idempotency_key = ?", key)).containsExactly("1");
    }

    @Test
    void a_complaint_whose_body_hash_was_cleared_by_the_migration_is_still_replayed() {
        String key = UUID.randomUUID().toString();
        String json = "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\"}";
        String code = field(file(w.kioskToken, key, json).body(), "trackingCode");
        sql.update("UPDATE complaints SET body_hash = NULL WHERE tracking_code = ?", code);
        Api.Response again = file(w.kioskToken, key, json);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(field(again.body(), "trackingCode")).isEqualTo(code);
    }

    @Test
    void a_handler_integration_or_admin_token_files_only_for_units_in_its_subtree() {
        Unit other = fixtures.commune("Xã khác");
        String body = "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"unitCode\":\"%s\",\"channel\":\"PHONE\"}";
        for (Role role : new Role[] {Role.HANDLER, Role.INTEGRATION, Role.ADMIN}) {
            String token = fixtures.token(role, w.unit);
            Api.Response outside = file(token, null, body.formatted(other.code()));
            assertThat(outside.status()).as(role + " " + outside.body()).isEqualTo(403);
            assertThat(outside.contentType()).startsWith("application/problem+json");
            Api.Response own = file(token, null, body.formatted(w.unit.code()));
            assertThat(own.status()).as(role + " " + own.body()).isEqualTo(201);
        }
        String provinceAdmin = fixtures.token(Role.ADMIN, fixtures.province());
        assertThat(file(provinceAdmin, null, body.formatted(other.code())).status()).isEqualTo(201);
        assertThat(sql.column("SELECT COUNT(*) FROM complaints WHERE unit_id = ?", other.id())).containsExactly("1");
    }

    @Test
    void without_a_token_only_the_web_channel_is_accepted() {
        for (String channel : new String[] {"KIOSK", "COUNTER", "SMS", "PHONE", "EMAIL", "IMPORT"}) {
            Api.Response r = file(null, null, "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"channel\":\"" + channel + "\"}");
            assertThat(r.status()).as(channel + " " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"channel\"");
        }
        Api.Response web = file(null, null, "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"channel\":\"web\"}");
        assertThat(web.status()).as(web.body()).isEqualTo(201);
        Api.Response implied = file(null, null, "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\"}");
        assertThat(implied.status()).as(implied.body()).isEqualTo(201);
        assertThat(sql.column("SELECT channel FROM complaints WHERE tracking_code = ?", field(implied.body(), "trackingCode")))
                .containsExactly("WEB");
    }

    @Test
    void a_kiosk_stays_pinned_to_its_unit_and_the_kiosk_channel() {
        Unit other = fixtures.commune("Xã khác");
        Api.Response sms = file(w.kioskToken, null, "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"channel\":\"SMS\"}");
        assertThat(sms.status()).as(sms.body()).isEqualTo(400);
        Api.Response elsewhere = file(w.kioskToken, null,
                "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"unitCode\":\"" + other.code() + "\"}");
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(403);
        Api.Response ok = file(w.kioskToken, null, "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"channel\":\"KIOSK\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(sql.column("SELECT unit_id FROM complaints WHERE tracking_code = ?", field(ok.body(), "trackingCode")))
                .containsExactly(Long.toString(w.unit.id()));
    }
}
