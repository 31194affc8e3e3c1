package vn.hailong.complaints.tracking;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's side of §4.6 on the real database: {@code GET /api/v1/complaints/{code}?phone=<last 4>} shows the
 * progress and the answer in plain words and nothing personal; wrong digits are an unknown code; misses are
 * rate-limited per client address; the citizen rates and reopens.
 */
@MicronautTest(transactional = false)
class ComplaintTrackingApiIT {

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;
    @Inject
    ObjectMapper json;

    Api api;
    Unit ward;
    Actor handler;
    /** this test's client address (tests play our reverse proxy), so that its misses limit no other test */
    String address;

    @BeforeEach
    void setUp() {
        clock.set("2026-04-23T09:00");
        api = new Api(server);
        ward = fixtures.commune("Phường Thuận Hóa");
        handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
        // unique across runs too: the counters live in the database, and the clock is fixed
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    String file(String phone) {
        return intake.file(null, "203.0.113.7", null, new ComplaintIntake.Submission("PHAN_ANH",
                "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", ward.code(), null, phone, null, "WEB",
                null, null, "Trần Thị Dân", null, null, null, null)).trackingCode();
    }

    /** Accepted, information asked for and given, an internal note, answered: the full citizen's story. */
    String answered(String phone) {
        String code = file(phone);
        clock.set("2026-04-24T09:00");
        workflow.act(handler, code, CaseCommand.accept(null, null));
        clock.set("2026-04-28T10:00");
        workflow.act(handler, code, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin gửi ảnh chụp quầy số 2."));
        workflow.act(handler, code, CaseCommand.note("Ghi chú nội bộ: đã gọi trưởng quầy.", true));
        clock.set("2026-05-05T10:00");
        workflow.act(handler, code, CaseCommand.of(CaseAction.RESUME, null));
        clock.set("2026-05-20T15:00");
        workflow.act(handler, code, CaseCommand.answer("Đã bố trí cán bộ trực quầy số 2 từ 7 giờ 30.", null));
        return code;
    }

    Api.Response get(String path, String language) {
        return api.send("GET", path, null, null, Map.of("X-Forwarded-For", address, "Accept-Language", language));
    }

    Api.Response post(String path, String body) {
        return api.send("POST", path, null, body, Map.of("X-Forwarded-For", address));
    }

    Map<String, Object> map(Api.Response r) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = json.readValue(r.body(), Map.class);
            return m;
        } catch (IOException e) {
            throw new IllegalStateException(r.body(), e);
        }
    }

    static List<Object> values(List<?> maps, String key) {
        return maps.stream().map(m -> (Object) ((Map<?, ?>) m).get(key)).toList();
    }

    @Test
    void the_right_digits_show_the_progress_and_the_answer_and_nothing_personal() {
        String code = answered("0912345678");
        clock.set("2026-05-21T09:00");
        Api.Response r = get("/api/v1/complaints/" + code + "?phone=5678", "vi");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> t = map(r);
        assertThat(t).containsEntry("trackingCode", code).containsEntry("kind", "PHAN_ANH")
                .containsEntry("kindLabel", "Phản ánh").containsEntry("status", "ANSWERED")
                .containsEntry("statusLabel", "Đã có câu trả lời")
                .containsEntry("answer", "Đã bố trí cán bộ trực quầy số 2 từ 7 giờ 30.")
                .containsEntry("answeredAt", "2026-05-20T08:00:00Z")
                .containsEntry("canRate", true).containsEntry("canReopen", true)
                .containsEntry("reopenUntil", "2026-06-19T08:00:00Z");
        List<?> timeline = (List<?>) t.get("timeline");
        assertThat(values(timeline, "type"))
                .containsExactly("FILE", "ACCEPT", "REQUEST_INFO", "RESUME", "ANSWER");
        assertThat(((Map<?, ?>) timeline.get(2)).get("message")).isEqualTo("Xin gửi ảnh chụp quầy số 2.");
        assertThat(((Map<?, ?>) timeline.get(2)).get("label")).isEqualTo("Đề nghị bạn bổ sung thông tin");
        List<?> deadlines = (List<?>) t.get("deadlines");
        assertThat(values(deadlines, "step")).containsExactly("ACCEPT", "ANSWER");
        // the answer's 15 working days, moved three working days by the pause (ComplaintWorkflowIT counts it)
        assertThat(((Map<?, ?>) deadlines.get(1)).get("dueAt")).isEqualTo("2026-05-22T10:00:00Z");
        assertThat(((Map<?, ?>) deadlines.get(1)).get("doneAt")).isEqualTo("2026-05-20T08:00:00Z");

        // nothing personal, nothing internal, nobody's name
        assertThat(r.body()).doesNotContain("0912345678", "5678", "Trần Thị Dân", "Nguyễn Thị Xử Lý",
                handler.name(), "Ghi chú nội bộ", "Quầy số 2 không có cán bộ");
        assertThat(t.keySet()).noneMatch(k -> k.toLowerCase().contains("phone") || k.toLowerCase().contains("name")
                || k.toLowerCase().contains("assignee") || k.toLowerCase().contains("handler")
                || k.toLowerCase().contains("note") || k.toLowerCase().contains("text"));

        Map<String, Object> english = map(get("/api/v1/complaints/" + code.toLowerCase() + "?phone=5678", "en"));
        assertThat(english).containsEntry("statusLabel", "Answered").containsEntry("kindLabel", "Feedback");
    }

    @Test
    void wrong_or_missing_digits_look_exactly_like_an_unknown_code() {
        String code = answered("0912345678");
        Api.Response unknown = get("/api/v1/complaints/PA-2026-ZZZZZ?phone=5678", "vi");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        String expected = unknown.body().replace("PA-2026-ZZZZZ", "CODE");
        for (String query : List.of("?phone=5679", "?phone=", "", "?phone=0912345678", "?phone=678")) {
            Api.Response r = get("/api/v1/complaints/" + code + query, "vi");
            assertThat(r.status()).as(query).isEqualTo(404);
            assertThat(r.contentType()).isEqualTo(unknown.contentType());
            assertThat(r.body().replace(code, "CODE")).as(query).isEqualTo(expected);
        }
        // a complaint without a phone: the code alone; digits sent for it are a miss like any other
        String noPhone = answered(null);
        assertThat(get("/api/v1/complaints/" + noPhone, "vi").status()).isEqualTo(200);
        assertThat(get("/api/v1/complaints/" + noPhone + "?phone=", "vi").status()).isEqualTo(200);
        Api.Response digits = get("/api/v1/complaints/" + noPhone + "?phone=1234", "vi");
        assertThat(digits.status()).isEqualTo(404);
        assertThat(digits.body().replace(noPhone, "CODE")).isEqualTo(expected);
    }

    @Test
    void too_many_misses_from_one_address_are_429_with_retry_after_even_for_the_right_digits() {
        String code = answered("0912345678");
        for (int i = 0; i < 9; i++) {
            assertThat(get("/api/v1/complaints/" + code + "?phone=" + (1000 + i), "vi").status()).isEqualTo(404);
        }
        // a success gives back what it took: it does not count
        assertThat(get("/api/v1/complaints/" + code + "?phone=5678", "vi").status()).isEqualTo(200);
        assertThat(get("/api/v1/complaints/PA-2026-ZZZZZ?phone=5678", "vi").status()).isEqualTo(404);
        Api.Response blocked = get("/api/v1/complaints/" + code + "?phone=5678", "vi");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(post("/api/v1/complaints/" + code + "/rating", "{\"phone\":\"5678\",\"verdict\":\"SATISFIED\"}")
                .status()).isEqualTo(429);
        // another address is not concerned
        Api.Response other = api.send("GET", "/api/v1/complaints/" + code + "?phone=5678", null, null,
                Map.of("X-Forwarded-For", "2001:db8::" + Integer.toHexString(address.hashCode() & 0xffff)));
        assertThat(other.status()).isEqualTo(200);
        // the window passes
        clock.advance(Duration.ofMinutes(16));
        assertThat(get("/api/v1/complaints/" + code + "?phone=5678", "vi").status()).isEqualTo(200);
    }

    @Test
    void guessing_one_codes_digits_from_many_addresses_is_limited_per_code_too() {
        String code = answered("0912345678");
        java.util.Random r = new java.util.Random();
        for (int i = 0; i < 30; i++) {
            Api.Response miss = api.send("GET", "/api/v1/complaints/" + code + "?phone=" + (1000 + i), null, null,
                    Map.of("X-Forwarded-For", "10.200." + (i / 200) + "." + (i % 200 + 1 + r.nextInt(50))));
            assertThat(miss.status()).as("guess " + i).isEqualTo(404);
        }
        Api.Response blocked = api.send("GET", "/api/v1/complaints/" + code + "?phone=5678", null, null,
                Map.of("X-Forwarded-For", "10.201.7.9"));
        assertThat(blocked.status()).isEqualTo(429);
        // another code is not concerned
        String other = answered("0987654321");
        assertThat(api.send("GET", "/api/v1/complaints/" + other + "?phone=4321", null, null,
                Map.of("X-Forwarded-For", "10.201.7.10")).status()).isEqualTo(200);
    }

    @Test
    void the_citizen_rates_the_answer_once_and_reopens_within_the_window() {
        String code = answered("0912345678");
        clock.set("2026-05-21T09:00");
        String path = "/api/v1/complaints/" + code;
        assertThat(post(path + "/rating", "{\"phone\":\"1111\",\"verdict\":\"SATISFIED\"}").status()).isEqualTo(404);
        Api.Response bad = post(path + "/rating", "{\"phone\":\"5678\",\"verdict\":\"MEH\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"verdict\"");

        Api.Response rated = post(path + "/rating", "{\"phone\":\"5678\",\"verdict\":\"UNSATISFIED\",\"comment\":\"Sáng nay quầy vẫn trống\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(map(rated)).containsEntry("verdict", "UNSATISFIED").containsEntry("canRate", false)
                .containsEntry("canReopen", true);
        assertThat(rated.body()).doesNotContain("Sáng nay quầy vẫn trống");
        assertThat(post(path + "/rating", "{\"phone\":\"5678\",\"verdict\":\"SATISFIED\"}").status()).isEqualTo(409);

        Api.Response noReason = post(path + "/reopen", "{\"phone\":\"5678\",\"reason\":\"  \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(post(path + "/reopen", "{\"phone\":\"5670\",\"reason\":\"Vẫn trống\"}").status()).isEqualTo(404);
        Api.Response reopened = post(path + "/reopen", "{\"phone\":\"5678\",\"reason\":\"Sáng nay quầy vẫn trống\"}");
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(map(reopened)).containsEntry("status", "REOPENED").containsEntry("canReopen", false)
                .containsEntry("canRate", false).containsEntry("statusLabel", "Đã mở lại, đang giải quyết lại");
        assertThat(post(path + "/reopen", "{\"phone\":\"5678\",\"reason\":\"Lần nữa\"}").status()).isEqualTo(409);
    }

    @Test
    void nothing_to_rate_before_the_answer_and_no_reopening_after_the_window() {
        String open = file("0987654321");
        Api.Response early = post("/api/v1/complaints/" + open + "/rating", "{\"phone\":\"4321\",\"verdict\":\"SATISFIED\"}");
        assertThat(early.status()).isEqualTo(409);
        Map<String, Object> t = map(get("/api/v1/complaints/" + open + "?phone=4321", "vi"));
        assertThat(t).containsEntry("status", "RECEIVED").containsEntry("canRate", false)
                .containsEntry("canReopen", false).doesNotContainKey("answer");

        String code = answered("0912345678");
        clock.set("2026-06-20T09:00");
        assertThat(map(get("/api/v1/complaints/" + code + "?phone=5678", "vi"))).containsEntry("canReopen", false);
        Api.Response late = post("/api/v1/complaints/" + code + "/reopen", "{\"phone\":\"5678\",\"reason\":\"Vẫn trống\"}");
        assertThat(late.status()).isEqualTo(409);
    }
}
