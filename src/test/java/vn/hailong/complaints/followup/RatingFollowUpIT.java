package vn.hailong.complaints.followup;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.events.RatingLeftContact;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * Issue 9 §10 on the real database: an unhappy rating that left a phone number or asked to be contacted opens one
 * follow-up case (PHAN_ANH, its own clocks, linked to the rating); a satisfied one does not; hearing it twice files
 * one case.
 */
@MicronautTest(transactional = false)
class RatingFollowUpIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    CaseStore cases;
    @Inject
    ApplicationEventPublisher<RatingLeftContact> events;

    Api.Response rate(Api api, String token, String json) {
        return api.send("POST", "/api/v1/ratings", token, json, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    List<String> followUps(String ratingId) {
        return sql.column("SELECT tracking_code FROM complaints WHERE rating_id = ?", Long.parseLong(ratingId));
    }

    @Test
    void a_score_of_one_with_a_phone_opens_one_follow_up_case_heard_twice_or_not() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        Api.Response rated = rate(api, w.kioskToken, "{\"score\":1,\"phone\":\"0912 345 678\",\"comment\":\"Chờ 2 tiếng\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        String ratingId = field(rated.body(), "id");
        List<String> codes = followUps(ratingId);
        assertThat(codes).hasSize(1);
        ComplaintCase c = cases.byCode(codes.get(0)).orElseThrow();
        assertThat(c.trackingCode()).startsWith("PA-");
        assertThat(c.channel()).isEqualTo("KIOSK");
        assertThat(c.ratingId()).isEqualTo(Long.parseLong(ratingId));
        assertThat(c.unitId()).isEqualTo(w.unit.id());
        assertThat(c.phoneLast4()).isEqualTo("5678");
        assertThat(c.text()).startsWith("Theo dõi đánh giá không hài lòng: người dân chấm 1/5").contains("Chờ 2 tiếng");
        assertThat(c.dueAt()).isAfter(Instant.now().minusSeconds(60));
        // filed by HaiLong itself, not by the kiosk, and not charged to the kiosk's complaint allowance
        assertThat(sql.column("SELECT actor_kind FROM complaint_events WHERE complaint_id = ? AND seq = 1", c.id()))
                .containsExactly("SYSTEM");
        // the number is not kept with the rating
        assertThat(sql.column("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'ratings' AND column_name LIKE '%phone%'")).containsExactly("0");

        // the same rating heard again (twice more): still one case
        RatingLeftContact again = new RatingLeftContact(Long.parseLong(ratingId), w.unit.id(), "KIOSK", 1, false,
                PhoneNumber.parse("0912345678"), false, null, null, null, null, "Chờ 2 tiếng", Instant.now());
        events.publishEvent(again);
        events.publishEvent(again);
        assertThat(followUps(ratingId)).containsExactly(codes.get(0));
    }

    @Test
    void a_satisfied_score_opens_none_and_a_wish_to_be_contacted_opens_one_without_a_phone() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        String web = "{\"score\":%d,\"channel\":\"WEB\",\"unitCode\":\"" + w.unit.code() + "\"%s}";
        Api.Response four = rate(api, w.admin, web.formatted(4, ",\"phone\":\"0912345679\",\"contactRequested\":true"));
        assertThat(four.status()).as(four.body()).isEqualTo(201);
        assertThat(followUps(field(four.body(), "id"))).isEmpty();

        Api.Response three = rate(api, w.admin, web.formatted(3, ",\"phone\":\"0912345679\""));
        assertThat(followUps(field(three.body(), "id"))).isEmpty();

        Api.Response two = rate(api, w.admin, web.formatted(2, ",\"contactRequested\":true"));
        assertThat(two.status()).as(two.body()).isEqualTo(201);
        List<String> codes = followUps(field(two.body(), "id"));
        assertThat(codes).hasSize(1);
        ComplaintCase c = cases.byCode(codes.get(0)).orElseThrow();
        assertThat(c.channel()).isEqualTo("WEB");
        assertThat(c.hasPhone()).isFalse();
        assertThat(c.contactRequested()).isTrue();
        assertThat(sql.column("SELECT contact_requested FROM ratings WHERE id = ?", Long.parseLong(field(two.body(), "id"))))
                .containsExactly("1");

        // unhappy but left no way to reach them: nothing to follow up
        Api.Response silent = rate(api, w.admin, web.formatted(1, ""));
        assertThat(followUps(field(silent.body(), "id"))).isEmpty();
    }

    @Test
    void a_bad_phone_is_refused_and_stores_nothing() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        String key = UUID.randomUUID().toString();
        Api.Response refused = api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":1,\"phone\":\"12ab\"}",
                Map.of("Idempotency-Key", key));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("Số điện thoại không hợp lệ");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", key)).containsExactly("0");

        // a replay with the same key and body answers 200 and files nothing more; another phone is another body
        String good = UUID.randomUUID().toString();
        String body = "{\"score\":2,\"phone\":\"0912345670\"}";
        Api.Response first = api.send("POST", "/api/v1/ratings", w.kioskToken, body, Map.of("Idempotency-Key", good));
        assertThat(first.status()).isEqualTo(201);
        assertThat(api.send("POST", "/api/v1/ratings", w.kioskToken, body, Map.of("Idempotency-Key", good)).status())
                .isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":2,\"phone\":\"0912345671\"}",
                Map.of("Idempotency-Key", good)).status()).isEqualTo(409);
        assertThat(followUps(field(first.body(), "id"))).hasSize(1);
    }
}
