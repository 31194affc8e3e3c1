package vn.hailong.complaints.reception;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hailong.support.MovableClock.local;

/**
 * Citizen reception days and dialogues on the real database with a fixed clock (Mon 7/12/2026): sessions are planned
 * within the manager's subtree; each petition raised at one becomes a RECEPTION case with the leader as receiver; the
 * public schedule shows what is announced and nothing of the citizens.
 */
@MicronautTest(transactional = false)
class CitizenReceptionIT {

    final MovableClock clock = MovableClock.at("2026-12-07T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    CitizenReception reception;
    @Inject
    CaseStore cases;

    Unit ward;
    Actor manager;

    @BeforeEach
    void setUp() {
        clock.set("2026-12-07T09:00");
        ward = fixtures.commune("Phường " + Fixtures.unique("Tiếp"));
        manager = fixtures.staff(Role.UNIT_MANAGER, ward, "Trần Văn Lãnh Đạo");
    }

    CitizenReception.Draft draft(String date, String status) {
        return new CitizenReception.Draft(ward.code(), "RECEPTION_DAY", date, "08:00", "11:00",
                "Hội trường UBND phường", "Trần Văn Lãnh Đạo", "Chủ tịch UBND phường", "Đất đai, xây dựng", status);
    }

    CitizenReception.Petition petition(String text, String phone) {
        return new CitizenReception.Petition("KIEN_NGHI", text, null, "Lê Thị Công Dân", phone, true,
                UUID.randomUUID().toString());
    }

    @Test
    void a_petition_raised_at_a_reception_day_becomes_a_reception_case_received_by_the_leader() {
        ReceptionSession s = reception.plan(manager, draft("2026-12-10", "PLANNED"));
        assertThat(s.startsAt()).isEqualTo(local("2026-12-10T08:00"));
        assertThat(s.status()).isEqualTo(ReceptionSession.Status.PLANNED);

        // not before its day
        assertThatThrownBy(() -> reception.raise(manager, s.id(), petition("Đường kiệt 12 ngập", null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reception.error.notYet");

        clock.set("2026-12-10T09:30");
        Actor handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
        ComplaintIntake.Filed filed = reception.raise(handler, s.id(), petition("Đường kiệt 12 ngập mỗi khi mưa", "0912345678"));
        ComplaintCase c = cases.byCode(filed.trackingCode()).orElseThrow();
        assertThat(c.channel()).isEqualTo("RECEPTION");
        assertThat(c.receptionId()).isEqualTo(s.id());
        assertThat(c.receiverLabel()).isEqualTo("Trần Văn Lãnh Đạo, Chủ tịch UBND phường");
        assertThat(c.unitId()).isEqualTo(ward.id());
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(c.contactRequested()).isTrue();
        assertThat(c.phoneLast4()).isEqualTo("5678");
        assertThat(filed.dueAt()).isAfter(local("2026-12-10T09:30"));
        // the first petition marks the session held
        assertThat(reception.session(manager, s.id()).status()).isEqualTo(ReceptionSession.Status.HELD);
        assertThat(reception.cases(manager, s.id())).extracting(ReceptionStore.RaisedCase::trackingCode)
                .containsExactly(filed.trackingCode());
    }

    @Test
    void a_session_outside_the_subtree_is_not_found_and_only_managers_plan() {
        ReceptionSession s = reception.plan(manager, draft("2026-12-10", "PLANNED"));
        Unit other = fixtures.commune("Xã Khác");
        Actor stranger = fixtures.staff(Role.UNIT_MANAGER, other, "Người Ngoài");
        assertThatThrownBy(() -> reception.session(stranger, s.id())).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
        assertThatThrownBy(() -> reception.plan(stranger, draft("2026-12-11", "PLANNED")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reception.error.unit");
        Actor handler = fixtures.staff(Role.HANDLER, ward, "Cán Bộ");
        assertThatThrownBy(() -> reception.plan(handler, draft("2026-12-11", "PLANNED")))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).kind())
                .isEqualTo(RuleViolation.Kind.FORBIDDEN);
        // a planned session cannot lie in the past; a held one may be recorded afterwards
        assertThatThrownBy(() -> reception.plan(manager, draft("2026-12-01", "PLANNED")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reception.error.plannedInPast");
        assertThat(reception.plan(manager, draft("2026-12-01", "HELD")).status()).isEqualTo(ReceptionSession.Status.HELD);
    }

    private WebSession signIn(Actor actor) {
        WebSession session = new WebSession(server);
        assertThat(session.signIn(actor.name(), Fixtures.STAFF_PASSWORD).status()).isEqualTo(303);
        return session;
    }

    @Test
    void a_manager_plans_a_session_on_the_page_and_a_petition_recorded_there_lists_its_case_without_personal_data() {
        try (WebSession web = signIn(manager)) {
            // bad input: the form comes back with its messages, nothing stored
            WebSession.Page refused = PageForm.open(web, "/tiep-cong-dan/moi", "form[data-testid=session-form]")
                    .select("unitCode", ward.code()).set("date", "2026-12-07").set("startTime", "14:00")
                    .set("endTime", "13:00").set("place", "").set("leaderName", "Trần Văn Lãnh Đạo")
                    .set("leaderTitle", "Chủ tịch UBND phường").submit();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.byTestId("endTime-error").text()).isEqualTo("Giờ kết thúc phải sau giờ bắt đầu.");
            assertThat(refused.byTestId("place-error").text()).isEqualTo("Thông tin này là bắt buộc.");
            assertThat(web.get("/tiep-cong-dan").byTestId("sessions-none")).isNotNull();

            WebSession.Page saved = PageForm.of(web, "/tiep-cong-dan/moi", refused, "form[data-testid=session-form]")
                    .select("kind", "DIALOGUE").set("endTime", "16:30").set("place", "Nhà văn hóa tổ 5").submit();
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);
            String sessionPath = saved.location().replaceAll("#.*", "");
            WebSession.Page page = web.get(sessionPath);
            assertThat(page.byTestId("flash").text()).isEqualTo("Đã lên lịch buổi ngày 07/12/2026.");
            assertThat(page.byTestId("leader").text()).isEqualTo("Trần Văn Lãnh Đạo, Chủ tịch UBND phường");
            assertThat(page.byTestId("cases-none")).isNotNull();

            Document list = web.get("/tiep-cong-dan").html();
            assertThat(list.select("[data-testid=sessions] li")).hasSize(1);
            assertThat(list.selectFirst("[data-testid=sessions] li").text()).contains("Thứ Hai, 07/12/2026", "14:00–16:30",
                    "Đối thoại với người dân", "Nhà văn hóa tổ 5");

            // petitions are recorded from the session's day on (the staff session would not survive moving the clock)
            WebSession.Page wrongPhone = PageForm.open(web, sessionPath, "form[data-testid=petition-form]")
                    .set("text", "Xin lắp đèn đường kiệt 7").set("phone", "123").submit();
            assertThat(wrongPhone.status()).isEqualTo(422);
            assertThat(wrongPhone.byTestId("phone-error").text()).startsWith("Số điện thoại không hợp lệ");
            PageForm form = PageForm.of(web, sessionPath, wrongPhone, "form[data-testid=petition-form]")
                    .set("phone", "0905123456").set("citizenName", "Phạm Văn Dân").check("contactRequested", true);
            WebSession.Page raised = form.submit();
            assertThat(raised.status()).isEqualTo(303);
            // the same form sent twice (a double click) files one case
            assertThat(form.submit().status()).isEqualTo(303);
            page = web.get(sessionPath);
            assertThat(page.byTestId("flash").text()).startsWith("Đã ghi nhận kiến nghị, mã theo dõi KN-2026-");
            assertThat(page.html().select("[data-testid=cases] tbody tr")).hasSize(1);
            String code = page.byTestId("case-code").text();
            assertThat(page.html().selectFirst("[data-testid=cases]").text()).contains(code, "Kiến nghị", "Đã tiếp nhận")
                    .doesNotContain("Phạm Văn Dân").doesNotContain("3456");
            assertThat(page.byTestId("session-status").text()).isEqualTo("Đã tổ chức");
            ComplaintCase c = cases.byCode(code).orElseThrow();
            assertThat(c.receiverLabel()).isEqualTo("Trần Văn Lãnh Đạo, Chủ tịch UBND phường");
            assertThat(c.channel()).isEqualTo("RECEPTION");
            assertThat(cases.citizenName(c.id())).contains("Phạm Văn Dân");

            // edit: what is shown is what is sent back
            WebSession.Page edited = PageForm.open(web, sessionPath + "/sua", "form[data-testid=session-form]")
                    .set("topic", "Chiếu sáng, vệ sinh môi trường").submit();
            assertThat(edited.status()).isEqualTo(303);
            assertThat(web.get(sessionPath).body()).contains("Chiếu sáng, vệ sinh môi trường");
        }
    }

    @Test
    void the_public_schedule_lists_upcoming_planned_sessions_per_unit_without_login_and_without_citizens() {
        ReceptionSession s = reception.plan(manager, draft("2026-12-09", "PLANNED"));
        reception.plan(manager, draft("2026-12-01", "HELD"));
        clock.set("2026-12-09T08:30");
        reception.raise(manager, s.id(), petition("Bí mật của Lê Thị Công Dân", "0912000111"));
        // held now (it had a petition), so no longer announced; plan another one
        reception.plan(manager, new CitizenReception.Draft(ward.code(), "DIALOGUE", "2026-12-17", "14:00", null,
                "Nhà văn hóa khối 3", "Trần Văn Lãnh Đạo", "Chủ tịch UBND phường", null, "PLANNED"));
        try (WebSession anonymous = new WebSession(server)) {
            WebSession.Page page = anonymous.get("/lich-tiep-cong-dan");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().get("cache-control")).containsExactly("public, max-age=300");
            var unit = page.html().selectFirst("[data-testid=schedule-unit][data-unit='" + ward.name() + "']");
            assertThat(unit).isNotNull();
            assertThat(unit.select("li")).hasSize(1);
            assertThat(unit.text()).contains("Thứ Năm, 17/12/2026", "từ 14:00", "Đối thoại với người dân",
                    "Nhà văn hóa khối 3", "Trần Văn Lãnh Đạo, Chủ tịch UBND phường");
            assertThat(page.body()).doesNotContain("Lê Thị Công Dân").doesNotContain("0111").doesNotContain("KN-2026");
            assertThat(page.byTestId("main-nav")).isNull();
        }
    }
}
