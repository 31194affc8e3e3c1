package vn.hailong.complaints.figures;

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
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases filed and worked through intake and the workflow on a fixed, moved clock (the 2026 calendar), then every
 * complaint figure checked against a hand count, in the domain service and in {@code GET /api/v1/metrics/satisfaction}.
 * Nine cases received in April 2026 in one ward (one more in March, outside the period), looked at on 1 July:
 * <pre>
 *  A PHAN_ANH  answered on time, rated satisfied            F PHAN_ANH  never accepted: overdue now
 *  B PHAN_ANH  answered late (no extension), unsatisfied    G KIEN_NGHI rejected
 *  C TO_CAO    complex, extended once, still answered late  H PHAN_ANH  by phone, answered on time, not rated
 *  D PHAN_ANH  two information requests: late by QĐ 766     I KHIEU_NAI waiting for the citizen (clock paused)
 *  E PHAN_ANH  answered on time, reopened, answered again on time
 * </pre>
 */
@MicronautTest(transactional = false)
class ComplaintFiguresIT {

    final MovableClock clock = MovableClock.at("2026-03-10T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;
    @Inject
    CaseStore cases;
    @Inject
    ComplaintFigures figures;
    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;

    Unit ward;
    Actor handler;

    @BeforeEach
    void setUp() {
        clock.set("2026-03-10T09:00");
        ward = fixtures.commune("Phường Thuận Hóa");
        handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
        work();
    }

    String file(String kind) {
        return intake.file(null, "203.0.113.7", null, new ComplaintIntake.Submission(kind,
                "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", ward.code(), null, "0912345678", null, "WEB"))
                .trackingCode();
    }

    void act(String at, String code, CaseCommand cmd) {
        clock.set(at);
        workflow.act(handler, code, cmd);
    }

    void citizen(String at, String code, CaseCommand cmd) {
        clock.set(at);
        workflow.citizen(cases.byCode(code).orElseThrow().id(), cmd);
    }

    static CaseCommand answer() {
        return CaseCommand.answer("Đã bố trí thêm cán bộ trực quầy.", null);
    }

    void work() {
        file("PHAN_ANH"); // J, 10/3: outside the period
        clock.set("2026-04-23T09:00");
        String a = file("PHAN_ANH");
        String b = file("PHAN_ANH");
        String c = file("TO_CAO");
        String d = file("PHAN_ANH");
        String e = file("PHAN_ANH");
        file("PHAN_ANH"); // F
        String g = file("KIEN_NGHI");
        String h = intake.file(handler, "203.0.113.7", null, new ComplaintIntake.Submission("PHAN_ANH",
                "Gọi điện phản ánh: máy lấy số thứ tự hỏng cả buổi sáng.", ward.code(), null, null, null, "PHONE"))
                .trackingCode();
        String i = file("KHIEU_NAI");
        act("2026-04-23T10:00", g, CaseCommand.of(CaseAction.REJECT, "Không thuộc thẩm quyền của phường"));
        // C: 30 calendar days from acceptance → 23/5 09:00; extended once → 22/6 09:00; answered 25/6: late
        act("2026-04-23T09:00", c, CaseCommand.accept(Urgency.PHUC_TAP, null));
        for (String code : new String[] {a, b, d, e, h, i}) {
            act("2026-04-24T09:00", code, CaseCommand.accept(null, null));
        }
        // the PAKN answer is due 15 working days from 23/4: Tue 19/5 17:00
        act("2026-04-28T10:00", d, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin ảnh chụp quầy"));
        act("2026-04-28T11:00", i, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin bản sao quyết định bị khiếu nại"));
        act("2026-05-04T09:00", a, answer());
        act("2026-05-04T09:00", e, answer());
        act("2026-05-04T10:00", h, answer());
        act("2026-05-05T10:00", d, CaseCommand.of(CaseAction.RESUME, null));
        citizen("2026-05-05T11:00", a, CaseCommand.rate(CaseCommand.Verdict.SATISFIED, null));
        citizen("2026-05-05T11:00", e, CaseCommand.rate(CaseCommand.Verdict.SATISFIED, null));
        citizen("2026-05-05T15:00", e, CaseCommand.of(CaseAction.REOPEN, "Hôm nay quầy lại trống"));
        act("2026-05-06T09:00", d, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin thêm giờ cụ thể"));
        act("2026-05-06T11:00", d, CaseCommand.of(CaseAction.RESUME, null));
        act("2026-05-06T14:00", e, answer());
        act("2026-05-07T09:00", d, answer()); // by the clock in time, but after a second request
        act("2026-05-20T09:00", c, CaseCommand.of(CaseAction.EXTEND, "Phải xác minh ở hai địa điểm"));
        act("2026-05-25T09:00", b, answer()); // due 19/5: late
        citizen("2026-05-26T09:00", b, CaseCommand.rate(CaseCommand.Verdict.UNSATISFIED, "Trả lời quá chậm"));
        act("2026-06-25T09:00", c, answer()); // due 22/6 09:00 after the extension: late
        clock.set("2026-07-01T09:00");
    }

    Figures april(String kind, String channel) {
        return figures.of(handler, ward.code(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), kind, channel);
    }

    @Test
    void every_figure_matches_the_hand_count() {
        Figures f = april(null, null);
        assertThat(f.received()).as("A–I").isEqualTo(9);
        assertThat(f.accepted()).as("all but F and G").isEqualTo(7);
        assertThat(f.rejected()).as("G").isEqualTo(1);
        assertThat(f.resolved()).as("A, B, C, D, E, H").isEqualTo(6);
        assertThat(f.onTime()).as("A, E, H").isEqualTo(3);
        assertThat(f.late()).as("B, C, D").isEqualTo(3);
        assertThat(f.lateWithExtension()).as("C").isEqualTo(1);
        assertThat(f.lateWithoutExtension()).as("B, D").isEqualTo(2);
        assertThat(f.onTimePct()).isEqualTo(50.0);
        assertThat(f.overdueNow()).as("F (I is paused)").isEqualTo(1);
        assertThat(f.judged()).as("A, B rated, E reopened").isEqualTo(3);
        assertThat(f.satisfied()).as("A").isEqualTo(1);
        assertThat(f.satisfiedPct()).isEqualTo(33.3);
        assertThat(f.paknTotal()).as("A, B, D, E, F, H").isEqualTo(6);
        assertThat(f.paknOnTimePct()).as("A, E, H of A, B, D, E, H and F").isEqualTo(50.0);
        assertThat(f.paknSatisfactionPct()).as("B, D, E, F against: (6 − 4) / 6").isEqualTo(33.3);
    }

    @Test
    void by_kind_and_by_channel() {
        Figures denunciations = april("TO_CAO", null);
        assertThat(denunciations.received()).isEqualTo(1);
        assertThat(denunciations.lateWithExtension()).isEqualTo(1);
        assertThat(denunciations.onTimePct()).isEqualTo(0.0);
        assertThat(denunciations.paknTotal()).isZero();
        assertThat(denunciations.paknOnTimePct()).as("no PAKN: no data, not 0").isNull();
        assertThat(denunciations.satisfiedPct()).isNull();

        Figures phone = april(null, "phone");
        assertThat(phone.received()).as("H").isEqualTo(1);
        assertThat(phone.onTimePct()).isEqualTo(100.0);
        assertThat(phone.paknOnTimePct()).isEqualTo(100.0);
        assertThat(phone.judged()).isZero();
        assertThat(phone.satisfiedPct()).isNull();

        Figures march = figures.of(handler, ward.code(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null);
        assertThat(march.received()).as("J, counted by its first receipt").isEqualTo(1);
        assertThat(march.overdueNow()).as("J was never accepted").isEqualTo(1);
        assertThat(march.onTimePct()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_metrics_api_shows_them_for_the_token_s_scope() throws Exception {
        Api api = new Api(server);
        String manager = fixtures.token(Role.UNIT_MANAGER, ward);
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + ward.code() + "&from=2026-04-01&to=2026-06-30", manager);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> body = json.readValue(r.body(), Map.class);
        assertThat(body.get("n")).isEqualTo(0);
        Map<String, Object> complaints = (Map<String, Object>) body.get("complaints");
        assertThat(complaints).containsEntry("received", 9).containsEntry("resolved", 6).containsEntry("onTimePct", 50.0)
                .containsEntry("overdueNow", 1).containsEntry("lateWithExtension", 1).containsEntry("lateWithoutExtension", 2)
                .containsEntry("satisfiedPct", 33.3).containsEntry("paknOnTimePct", 50.0)
                .containsEntry("paknSatisfactionPct", 33.3);

        Api.Response kind = api.get("/api/v1/metrics/satisfaction?unitCode=" + ward.code()
                + "&from=2026-04-01&to=2026-06-30&complaintKind=TO_CAO", manager);
        Map<String, Object> onlyDenunciations = (Map<String, Object>) json.readValue(kind.body(), Map.class).get("complaints");
        assertThat(onlyDenunciations).containsEntry("received", 1).containsEntry("paknOnTimePct", null);

        Api.Response empty = api.get("/api/v1/metrics/satisfaction?unitCode=" + ward.code() + "&from=2025-01-01&to=2025-01-31", manager);
        Map<String, Object> none = (Map<String, Object>) json.readValue(empty.body(), Map.class).get("complaints");
        assertThat(none).containsEntry("received", 0).containsEntry("onTimePct", null).containsEntry("satisfiedPct", null)
                .containsEntry("paknSatisfactionPct", null);

        assertThat(api.get("/api/v1/metrics/satisfaction?unitCode=" + ward.code()
                + "&from=2026-04-01&to=2026-06-30&complaintKind=GOSSIP", manager).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/metrics/satisfaction?unitCode=" + ward.code()
                + "&from=2026-04-01&to=2026-06-30&complaintChannel=PIGEON", manager).status()).isEqualTo(400);
        String stranger = fixtures.token(Role.UNIT_MANAGER, fixtures.commune("Xã Phong Điền"));
        assertThat(api.get("/api/v1/metrics/satisfaction?unitCode=" + ward.code() + "&from=2026-04-01&to=2026-06-30",
                stranger).status()).isEqualTo(404);
    }
}
