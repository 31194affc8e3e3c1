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
import vn.hailong.complaints.workflow.CaseLifecycle;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.complaints.workflow.CaseAction.*;

/**
 * {@code POST/GET /api/v1/complaints/{code}/events} on the real database: every handler action from every status,
 * each status reached through the API from a fresh case, answers 200 exactly where {@link CaseLifecycle} allows the
 * step and 409 (nothing stored) everywhere else; a token of another unit gets 404 on every action; bad input is
 * problem+json naming the field, nothing stored.
 */
@MicronautTest(transactional = false)
class ComplaintEventsApiIT {

    static final List<CaseAction> HANDLER_ACTIONS = List.of(ACCEPT, REQUEST_INFO, RESUME, TRANSFER, EXTEND, ANSWER,
            REJECT, CLOSE, ASSIGN, NOTE);

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
    ObjectMapper json;

    Api api;
    Unit ward;
    Unit annex;
    String manager;
    Actor handlerUser;

    @BeforeEach
    void setUp() {
        clock.set("2026-04-23T09:00");
        api = new Api(server);
        ward = fixtures.commune("Phường Thuận Hóa");
        annex = fixtures.unitUnder(ward, "Bộ phận một cửa Thuận Hóa", UnitType.SERVICE_CENTRE_COMMUNE);
        manager = fixtures.token(Role.UNIT_MANAGER, ward);
        handlerUser = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
    }

    String file() {
        // a denunciation accepted as complex: its answer may be extended once, so EXTEND is a legal step
        return intake.file(null, "203.0.113.7", null, new ComplaintIntake.Submission("TO_CAO",
                "Cán bộ quầy số 2 đòi thêm tiền ngoài lệ phí.", ward.code(), null, "0912345678", null, "WEB"))
                .trackingCode();
    }

    /** A valid body for the action on a case now held by {@code holder}. */
    String body(CaseAction a, Unit holder) {
        return switch (a) {
            case ACCEPT -> "{\"type\":\"ACCEPT\",\"urgency\":\"PHUC_TAP\"}";
            case REQUEST_INFO -> "{\"type\":\"REQUEST_INFO\",\"note\":\"Xin gửi ảnh biên lai.\"}";
            case TRANSFER -> "{\"type\":\"TRANSFER\",\"unitCode\":\"" + (holder == ward ? annex : ward).code()
                    + "\",\"note\":\"Thuộc thẩm quyền bộ phận khác.\"}";
            case EXTEND -> "{\"type\":\"EXTEND\",\"note\":\"Cần xác minh thêm tại quầy.\"}";
            case ANSWER -> "{\"type\":\"ANSWER\",\"answer\":\"Đã xác minh và nhắc nhở cán bộ.\"}";
            case REJECT -> "{\"type\":\"REJECT\",\"note\":\"Không đủ điều kiện thụ lý.\"}";
            case ASSIGN -> "{\"type\":\"ASSIGN\",\"assignee\":" + handlerUser.id() + "}";
            case NOTE -> "{\"type\":\"NOTE\",\"note\":\"Đã gọi điện xác minh.\",\"internal\":true}";
            default -> "{\"type\":\"" + a.name() + "\"}";
        };
    }

    Api.Response post(String token, String code, String body) {
        return api.post("/api/v1/complaints/" + code + "/events", token, body);
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

    int events(String code) {
        Api.Response trail = api.get("/api/v1/complaints/" + code + "/events", manager);
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        return ((List<?>) map(trail).get("events")).size();
    }

    /** A fresh case brought to {@code status} through the API; returns its code and the unit now holding it. */
    record Reached(String code, Unit holder) {
    }

    Reached reach(CaseStatus status) {
        String code = file();
        Unit holder = ward;
        List<CaseAction> path = switch (status) {
            case RECEIVED -> List.of();
            case ACCEPTED -> List.of(ACCEPT);
            case WAITING_FOR_CITIZEN -> List.of(ACCEPT, REQUEST_INFO);
            case IN_PROGRESS -> List.of(ACCEPT, REQUEST_INFO, RESUME);
            case ANSWERED, REOPENED -> List.of(ACCEPT, ANSWER);
            case CLOSED -> List.of(ACCEPT, ANSWER, CLOSE);
            case REJECTED -> List.of(REJECT);
            case TRANSFERRED -> List.of(TRANSFER);
        };
        for (CaseAction a : path) {
            Api.Response r = post(manager, code, body(a, holder));
            assertThat(r.status()).as(status + " via " + a + ": " + r.body()).isEqualTo(200);
            if (a == TRANSFER) {
                holder = annex;
            }
        }
        if (status == CaseStatus.REOPENED) {
            Api.Response r = api.post("/api/v1/complaints/" + code + "/reopen", null,
                    "{\"phone\":\"5678\",\"reason\":\"Vẫn chưa được giải quyết.\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        Api.Response trail = api.get("/api/v1/complaints/" + code + "/events", manager);
        assertThat(map(trail).get("status")).isEqualTo(status.name());
        return new Reached(code, holder);
    }

    @Test
    void every_action_from_every_status_is_allowed_exactly_where_the_lifecycle_allows_it() {
        Map<CaseStatus, List<String>> wrong = new EnumMap<>(CaseStatus.class);
        int allowed = 0;
        int refused = 0;
        for (CaseStatus status : CaseStatus.values()) {
            for (CaseAction action : HANDLER_ACTIONS) {
                Reached at = reach(status);
                int before = events(at.code());
                Api.Response r = post(manager, at.code(), body(action, at.holder()));
                Optional<CaseStatus> next = CaseLifecycle.next(status, action);
                String seen = action + " → " + r.status() + " " + r.body();
                if (next.isPresent()) {
                    allowed++;
                    if (r.status() != 200 || !next.get().name().equals(map(r).get("status"))
                            || ((Number) map(r).get("seq")).intValue() != before + 1) {
                        wrong.computeIfAbsent(status, s -> new ArrayList<>()).add(seen);
                    }
                } else {
                    refused++;
                    if (r.status() != 409 || !r.contentType().startsWith("application/problem+json")
                            || events(at.code()) != before) {
                        wrong.computeIfAbsent(status, s -> new ArrayList<>()).add(seen);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        // the table has both kinds in plenty: the loop did test something
        assertThat(allowed).isGreaterThan(25);
        assertThat(refused).isGreaterThan(25);
    }

    @Test
    void an_answer_gives_the_new_status_the_due_times_and_the_seq_of_the_event() {
        String handler = fixtures.token(Role.HANDLER, ward);
        String code = file();
        Api.Response accepted = post(handler, code, "{\"type\":\"ACCEPT\",\"urgency\":\"PHUC_TAP\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        Map<String, Object> a = map(accepted);
        assertThat(a).containsEntry("status", "ACCEPTED").containsEntry("seq", 2).containsEntry("trackingCode", code);
        // 30 calendar days from acceptance on Thu 23/4 09:00 (Luật Tố cáo 2018, Art. 30)
        assertThat(a.get("dueAt")).isEqualTo("2026-05-23T02:00:00Z");
        assertThat(((Map<?, ?>) a.get("event")).get("type")).isEqualTo("ACCEPT");

        Api.Response noted = post(handler, code, "{\"type\":\"NOTE\",\"note\":\"Người tố cáo xin giữ bí mật.\",\"internal\":true}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);
        assertThat(map(noted)).containsEntry("seq", 3);

        Api.Response trail = api.get("/api/v1/complaints/" + code + "/events", handler);
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("Người tố cáo xin giữ bí mật.").contains("\"internal\":true")
                .doesNotContain("0912345678").doesNotContain("phone");
        assertThat(map(trail).get("allowed")).asList().contains("ANSWER", "EXTEND").doesNotContain("ACCEPT");

        // a handler token assigns nobody: only a manager assigns others, and a token is not a person
        Api.Response assign = post(handler, code, "{\"type\":\"ASSIGN\",\"assignee\":" + handlerUser.id() + "}");
        assertThat(assign.status()).as(assign.body()).isEqualTo(403);
    }

    @Test
    void a_token_of_another_unit_gets_404_on_every_action_and_on_the_trail() {
        String code = file();
        String stranger = fixtures.token(Role.UNIT_MANAGER, fixtures.commune("Xã Phong Điền"));
        List<String> bodies = new ArrayList<>();
        for (CaseAction a : HANDLER_ACTIONS) {
            bodies.add(body(a, ward));
        }
        // and bad input too: nothing but "no such case" for a case that is not theirs
        bodies.addAll(List.of("{\"type\":\"FLY\"}", "{\"type\":\"REJECT\"}", "{\"type\":\"ACCEPT\",\"urgency\":\"SOON\"}",
                "{\"type\":\"TRANSFER\",\"unitCode\":\"NO-SUCH-UNIT\",\"note\":\"x\"}", "{}"));
        for (String body : bodies) {
            Api.Response r = post(stranger, code, body);
            assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/complaints/" + code + "/events", stranger).status()).isEqualTo(404);
        // an unknown code answers the same
        assertThat(post(manager, "PA-2026-ZZZZZZ", body(ACCEPT, ward)).status()).isEqualTo(404);
        assertThat(events(code)).isEqualTo(1);
    }

    @Test
    void roles_that_do_not_handle_cases_are_refused() {
        String code = file();
        assertThat(post(fixtures.token(Role.OFFICER, ward), code, body(ACCEPT, ward)).status()).isEqualTo(403);
        assertThat(post(null, code, body(ACCEPT, ward)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/complaints/" + code + "/events", fixtures.token(Role.OFFICER, ward)).status())
                .isEqualTo(403);
    }

    @Test
    void bad_input_is_problem_json_naming_the_field_and_stores_nothing() {
        String code = file();
        assertField(post(manager, code, "{\"type\":\"FLY\"}"), "type");
        assertField(post(manager, code, "{\"type\":\"REVEAL_CONTACT\"}"), "type");
        assertField(post(manager, code, "{\"note\":\"no type\"}"), "type");
        assertField(post(manager, code, "{\"type\":\"REJECT\"}"), "note");
        assertField(post(manager, code, "{\"type\":\"REJECT\",\"note\":\"   \"}"), "note");
        assertField(post(manager, code, "{\"type\":\"ACCEPT\",\"urgency\":\"SOON\"}"), "urgency");
        assertField(post(manager, code, "{\"type\":\"TRANSFER\",\"note\":\"Sai thẩm quyền\"}"), "unitCode");
        assertField(post(manager, code, "{\"type\":\"TRANSFER\",\"note\":\"Sai thẩm quyền\",\"unitCode\":\"NO-SUCH-UNIT\"}"), "unitCode");
        assertField(post(manager, code, "{\"type\":\"TRANSFER\",\"note\":\"Sai thẩm quyền\",\"unitCode\":\"" + ward.code() + "\"}"), "unitCode");
        assertField(post(manager, code, "{\"type\":\"NOTE\"}"), "note");
        assertField(post(manager, code, "{\"type\":\"ASSIGN\"}"), "assignee");
        assertField(post(manager, code, "{\"type\":\"ASSIGN\",\"assignee\":999999999}"), "assignee");
        assertThat(events(code)).isEqualTo(1);
        assertThat(post(manager, code, body(ACCEPT, ward)).status()).isEqualTo(200);
        assertField(post(manager, code, "{\"type\":\"ANSWER\"}"), "answer");
        assertField(post(manager, code, "{\"type\":\"REQUEST_INFO\"}"), "note");
        assertField(post(manager, code, "{\"type\":\"EXTEND\"}"), "note");
        assertThat(events(code)).isEqualTo(2);
        Api.Response english = api.send("POST", "/api/v1/complaints/" + code + "/events", manager,
                "{\"type\":\"EXTEND\"}", Map.of("Accept-Language", "en"));
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).doesNotContain("Gia hạn");
    }

    void assertField(Api.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<?> errors = (List<?>) map(r).get("errors");
        assertThat(errors).as(r.body()).isNotEmpty();
        List<Object> fields = errors.stream().map(e -> (Object) ((Map<?, ?>) e).get("field")).toList();
        assertThat(fields).as(r.body()).contains(field);
    }
}
