package vn.hailong.complaints.workflow;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hailong.support.MovableClock.local;

/**
 * A case worked on the real database and the seeded 2026 calendar, every due time checked against a hand count.
 * Around 30/4–1/5/2026 the days off are Mon 27/4 (nghỉ bù Giỗ Tổ), Thu 30/4 and Fri 1/5.
 */
@MicronautTest(transactional = false)
class ComplaintWorkflowIT {

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

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

    Unit ward;
    Actor handler;

    @BeforeEach
    void setUp() {
        clock.set("2026-04-23T09:00");
        ward = fixtures.commune("Phường Thuận Hóa");
        handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
    }

    String file(String kind) {
        return intake.file(null, "203.0.113.7", null, new ComplaintIntake.Submission(kind,
                "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", ward.code(), null, "0912345678", null, "WEB"))
                .trackingCode();
    }

    StepClock step(String code, Step step) {
        ComplaintCase c = cases.byCode(code).orElseThrow();
        List<StepClock> steps = cases.steps(c.id()).stream().filter(s -> s.step() == step).toList();
        return steps.get(steps.size() - 1);
    }

    @Test
    void a_petition_is_accepted_paused_for_information_and_answered_on_the_hand_counted_clock() {
        String code = file("PHAN_ANH");
        ComplaintCase filed = cases.byCode(code).orElseThrow();
        // 15 working days from Thu 23/4: Fri 24 (1), Tue 28 (2), Wed 29 (3), Mon 4/5 (4) … Tue 19/5 (15), at 17:00
        assertThat(filed.dueAt()).isEqualTo(local("2026-05-19T17:00"));
        // acceptance, 2 working days: Fri 24 (1), Tue 28 (2)
        assertThat(step(code, Step.ACCEPT).dueAt()).isEqualTo(local("2026-04-28T17:00"));
        assertThat(step(code, Step.FIRST_INFO_REQUEST).dueAt()).isEqualTo(local("2026-05-05T17:00"));
        assertThat(filed.status()).isEqualTo(CaseStatus.RECEIVED);

        clock.set("2026-04-24T09:00");
        workflow.act(handler, code, CaseCommand.accept(null, null));
        assertThat(step(code, Step.ACCEPT).endedLate()).isFalse();

        clock.set("2026-04-28T10:00");
        ComplaintCase waiting = workflow.act(handler, code, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin ảnh chụp quầy"));
        assertThat(waiting.status()).isEqualTo(CaseStatus.WAITING_FOR_CITIZEN);
        assertThat(step(code, Step.ANSWER).isPaused()).isTrue();
        assertThat(step(code, Step.FIRST_INFO_REQUEST).endedLate()).isFalse();

        // paused Tue 28/4 10:00 → Tue 5/5 10:00: 6 h + 8 h (Wed 29) + 8 h (Mon 4/5) + 2 h = 24 office hours = 3 days
        clock.set("2026-05-05T10:00");
        ComplaintCase resumed = workflow.act(handler, code, CaseCommand.of(CaseAction.RESUME, null));
        assertThat(resumed.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(step(code, Step.ANSWER).dueAt()).isEqualTo(local("2026-05-22T17:00"));
        assertThat(resumed.dueAt()).isEqualTo(local("2026-05-22T17:00"));

        clock.set("2026-05-20T15:00");
        ComplaintCase answered = workflow.act(handler, code, CaseCommand.answer("Đã bố trí cán bộ trực quầy số 2 từ 7 giờ 30.", null));
        assertThat(answered.status()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(step(code, Step.ANSWER).endedLate()).isFalse();
        assertThat(step(code, Step.PUBLISH).endedAt()).isEqualTo(local("2026-05-20T15:00"));

        List<CaseEvent> trail = cases.events(answered.id());
        assertThat(trail).extracting(CaseEvent::type).containsExactly(CaseAction.FILE, CaseAction.ACCEPT,
                CaseAction.REQUEST_INFO, CaseAction.RESUME, CaseAction.ANSWER);
        assertThat(trail).extracting(CaseEvent::seq).containsExactly(1, 2, 3, 4, 5);
        assertThat(trail.get(3).data()).containsEntry("dueAt", local("2026-05-19T17:00") + " → " + local("2026-05-22T17:00"));

        clock.set("2026-05-21T09:00");
        workflow.citizen(answered.id(), CaseCommand.rate(CaseCommand.Verdict.UNSATISFIED, "Vẫn chưa có ai"));
        ComplaintCase reopened = workflow.citizen(answered.id(), CaseCommand.of(CaseAction.REOPEN, "Sáng nay quầy vẫn trống"));
        assertThat(reopened.status()).isEqualTo(CaseStatus.REOPENED);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        // a new answer clock from the reopening: 15 working days from Thu 21/5 → Thu 11/6
        assertThat(reopened.dueAt()).isEqualTo(local("2026-06-11T17:00"));
    }

    @Test
    void an_illegal_step_is_refused_by_the_domain_and_changes_nothing() {
        String code = file("PHAN_ANH");
        assertThatThrownBy(() -> workflow.act(handler, code, CaseCommand.answer("Trả lời", null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT));
        ComplaintCase c = cases.byCode(code).orElseThrow();
        assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(cases.events(c.id())).hasSize(1);
    }

    @Test
    void a_handler_of_another_unit_does_not_find_the_case() {
        String code = file("PHAN_ANH");
        Actor stranger = fixtures.staff(Role.HANDLER, fixtures.commune("Xã Phong Điền"), "Trần Văn Khác");
        assertThatThrownBy(() -> workflow.act(stranger, code, CaseCommand.accept(null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void a_complex_denunciation_is_extended_once_and_a_complaint_not_at_all() {
        String denunciation = file("TO_CAO");
        workflow.act(handler, denunciation, CaseCommand.accept(Urgency.PHUC_TAP, null));
        // 30 calendar days from acceptance on Thu 23/4 09:00
        assertThat(step(denunciation, Step.ANSWER).dueAt()).isEqualTo(local("2026-05-23T09:00"));
        workflow.act(handler, denunciation, CaseCommand.of(CaseAction.EXTEND, "Cần xác minh tại hai địa điểm"));
        assertThat(step(denunciation, Step.ANSWER).dueAt()).isEqualTo(local("2026-06-22T09:00"));
        assertThatThrownBy(() -> workflow.act(handler, denunciation, CaseCommand.of(CaseAction.EXTEND, "Thêm lần nữa")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo("complaints.error.extension.limit"));

        String complaint = file("KHIEU_NAI");
        workflow.act(handler, complaint, CaseCommand.accept(null, null));
        assertThat(step(complaint, Step.ANSWER).dueAt()).isEqualTo(local("2026-05-23T09:00"));
        assertThatThrownBy(() -> workflow.act(handler, complaint, CaseCommand.of(CaseAction.EXTEND, "Phức tạp")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo("complaints.error.extension.none"));
        assertThatThrownBy(() -> workflow.act(handler, denunciation, CaseCommand.of(CaseAction.EXTEND, " ")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo("complaints.error.extension.reason"));
    }

    @Test
    void a_transfer_restarts_the_clocks_counted_from_receipt_in_the_new_unit() {
        String code = file("PHAN_ANH");
        Unit other = fixtures.commune("Phường Phú Xuân");
        clock.set("2026-04-24T09:00");
        ComplaintCase moved = workflow.act(handler, code, CaseCommand.transfer(other.id(), null, null, "Thuộc địa bàn Phú Xuân"));
        assertThat(moved.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(moved.handlingUnitId()).isEqualTo(other.id());
        // from Fri 24/4: Tue 28 (1), Wed 29 (2)
        assertThat(step(code, Step.ACCEPT).dueAt()).isEqualTo(local("2026-04-29T17:00"));
        assertThatThrownBy(() -> workflow.act(handler, code, CaseCommand.accept(null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
    }

    @Test
    void an_urgent_petition_decided_on_acceptance_is_due_as_urgent_from_its_receipt() {
        String code = file("PHAN_ANH");
        assertThat(step(code, Step.ANSWER).dueAt()).isEqualTo(local("2026-05-19T17:00"));
        clock.set("2026-04-23T10:00");
        ComplaintCase urgent = workflow.act(handler, code, CaseCommand.accept(Urgency.KHAN, null));
        // KHAN: 1 working day from receipt on Thu 23/4 → Fri 24/4 17:00
        assertThat(step(code, Step.ANSWER).dueAt()).isEqualTo(local("2026-04-24T17:00"));
        assertThat(urgent.dueAt()).isEqualTo(local("2026-04-24T17:00"));
        assertThat(urgent.urgency()).isEqualTo(Urgency.KHAN);
    }

    @Test
    void the_legal_count_of_extensions_holds_over_a_reopening() {
        String code = file("TO_CAO");
        workflow.act(handler, code, CaseCommand.accept(Urgency.PHUC_TAP, null));
        workflow.act(handler, code, CaseCommand.of(CaseAction.EXTEND, "Cần xác minh thêm"));
        ComplaintCase answered = workflow.act(handler, code, CaseCommand.answer("Kết luận nội dung tố cáo.", null));
        workflow.citizen(answered.id(), CaseCommand.of(CaseAction.REOPEN, "Chưa đúng sự thật"));
        assertThatThrownBy(() -> workflow.act(handler, code, CaseCommand.of(CaseAction.EXTEND, "Lần nữa")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo("complaints.error.extension.limit"));
    }
}
