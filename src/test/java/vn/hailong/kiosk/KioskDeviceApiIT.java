package vn.hailong.kiosk;

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

@MicronautTest(transactional = false)
class KioskDeviceApiIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Api api;
    RatingWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    @Test
    void a_pairing_code_is_exchanged_once_for_a_token_that_replaces_the_old_one() {
        Api.Response code = api.post("/api/v1/kiosks/" + w.kioskCode + "/pairing-codes", w.admin, "");
        assertThat(code.status()).as(code.body()).isEqualTo(201);
        String pairing = field(code.body(), "code");
        assertThat(pairing).matches("[0-9]{8}");
        assertThat(field(code.body(), "link")).endsWith("/kiosk/#pair=" + pairing);

        Api.Response paired = api.post("/api/v1/kiosk/pair", null, "{\"code\":\"" + pairing + "\"}");
        assertThat(paired.status()).as(paired.body()).isEqualTo(200);
        String token = field(paired.body(), "token");
        assertThat(api.get("/api/v1/kiosk/config", token).status()).isEqualTo(200);
        // the token created with the kiosk is revoked; the code works only once
        assertThat(api.get("/api/v1/kiosk/config", w.kioskToken).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/kiosk/pair", null, "{\"code\":\"" + pairing + "\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/kiosk/pair", null, "{\"code\":\"12\"}").status()).isEqualTo(400);
    }

    @Test
    void the_config_carries_unit_binding_officers_questions_and_every_label() {
        Api.Response vi = api.get("/api/v1/kiosk/config?lang=vi", w.kioskToken);
        assertThat(vi.status()).as(vi.body()).isEqualTo(200);
        assertThat(vi.body()).contains("\"boundCounterCode\":\"" + w.counter + "\"")
                .contains("\"initials\":\"NL\"").contains("Nguyễn Thị Lan")
                .contains("\"kiosk.scale.1\":\"Rất không hài lòng\"").contains("\"label\":\"Thời gian chờ\"")
                .contains("S17-10");
        assertThat(vi.body().split("\"elementCode\"").length - 1).isEqualTo(3);
        Api.Response en = api.get("/api/v1/kiosk/config?lang=en", w.kioskToken);
        assertThat(en.body()).contains("\"kiosk.scale.5\":\"Very satisfied\"").contains("The official was polite");
        assertThat(api.get("/api/v1/kiosk/config", w.admin).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/kiosk/messages?lang=vi", null).body()).contains("Kết nối ki-ốt");
    }

    @Test
    void a_heartbeat_shows_admins_the_last_contact_and_pending_count() {
        assertThat(api.post("/api/v1/kiosk/heartbeat", w.kioskToken, "{\"pendingCount\":3}").status()).isEqualTo(204);
        Api.Response kiosk = api.get("/api/v1/kiosks/" + w.kioskCode, w.admin);
        assertThat(kiosk.body()).contains("\"pendingCount\":3").containsPattern("\"lastSeenAt\":\"20\\d\\d-");
    }

    @Test
    void a_kiosk_files_a_complaint_with_a_tracking_code_once_per_key() {
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\":\"PHAN_ANH\",\"text\":\"Thời gian chờ — Chờ quá lâu\",\"phone\":\"0912 345 678\",\"channel\":\"KIOSK\"}";
        Api.Response first = api.send("POST", "/api/v1/complaints", w.kioskToken, body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String code = field(first.body(), "trackingCode");
        assertThat(code).matches("PA-20\\d\\d-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(field(first.body(), "dueAt")).startsWith("20");
        Api.Response again = api.send("POST", "/api/v1/complaints", w.kioskToken, body, Map.of("Idempotency-Key", key));
        assertThat(again.status()).isEqualTo(200);
        assertThat(field(again.body(), "trackingCode")).isEqualTo(code);
        assertThat(api.send("POST", "/api/v1/complaints", w.kioskToken, "{\"kind\":\"PHAN_ANH\",\"text\":\"khác\"}",
                Map.of("Idempotency-Key", key)).status()).isEqualTo(409);
    }

    @Test
    void a_citizen_without_a_token_files_a_complaint_and_bad_input_is_refused() {
        Api.Response r = api.post("/api/v1/complaints", null,
                "{\"kind\":\"KIEN_NGHI\",\"text\":\"Đề nghị thêm ghế chờ\",\"unitCode\":\"" + w.unit.code() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(field(r.body(), "trackingCode")).startsWith("KN-");
        assertThat(api.post("/api/v1/complaints", null, "{\"kind\":\"PHAN_ANH\",\"text\":\" \"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/complaints", null, "{\"kind\":\"XX\",\"text\":\"a\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/complaints", null, "{\"kind\":\"PHAN_ANH\",\"text\":\"a\",\"phone\":\"12\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/complaints", null, "{\"kind\":\"PHAN_ANH\",\"text\":\"a\",\"extra\":1}").status()).isEqualTo(400);
    }
}
