package vn.hailong.sms;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintEscalated;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaint messages are queued by the complaint events: the receipt, each information request, each answer,
 * and the escalation notice to the receiving unit's alert phones; each once.
 */
@MicronautTest(transactional = false)
class ComplaintNoticesIT {

    final MovableClock clock = MovableClock.at("2026-03-02T09:00");

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
    AlertPhones alertPhones;
    @Inject
    ApplicationEventPublisher<ComplaintEscalated> events;
    @Inject
    Sql sql;

    List<String> queued(String dedupePrefix) {
        return sql.column("SELECT CONCAT(purpose, ' ', state) FROM sms_outbox WHERE dedupe_key LIKE ? ORDER BY"
                + " dedupe_key", dedupePrefix + "%");
    }

    String file(Unit unit, String phone, String channel) {
        return intake.file(null, "203.0.113.77", null, new ComplaintIntake.Submission("PHAN_ANH",
                "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", unit.code(), null, phone, null, channel, null,
                null, null, null, null, null, null)).trackingCode();
    }

    long id(String trackingCode) {
        return Long.parseLong(sql.column("SELECT id FROM complaints WHERE tracking_code = ?", trackingCode).get(0));
    }

    @Test
    void a_complaint_with_a_phone_gets_its_receipt_each_information_request_and_its_answer_once() {
        Unit ward = fixtures.commune("Phường Tin Nhắn Phản Ánh");
        Actor handler = fixtures.staff(Role.HANDLER, ward, "Trần Xử Lý Tin Nhắn");
        String code = file(ward, "0912 345 001", "WEB");
        long id = id(code);
        assertThat(queued("complaint-receipt:" + id)).containsExactly("COMPLAINT_RECEIPT QUEUED");
        assertThat(sql.column("SELECT params FROM sms_outbox WHERE dedupe_key = ?", "complaint-receipt:" + id).get(0))
                .contains("\"tracking\":\"" + code + "\"");

        workflow.act(handler, code, CaseCommand.accept(null, null));
        workflow.act(handler, code, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin ảnh chụp quầy."));
        workflow.act(handler, code, CaseCommand.of(CaseAction.RESUME, null));
        workflow.act(handler, code, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin thêm giờ cụ thể."));
        workflow.act(handler, code, CaseCommand.of(CaseAction.RESUME, null));
        workflow.act(handler, code, CaseCommand.answer("Đã bố trí cán bộ trực quầy số 2 từ 7 giờ 30.", null));

        assertThat(queued("complaint-info:" + id + ":")).containsExactly("INFORMATION_REQUEST QUEUED",
                "INFORMATION_REQUEST QUEUED");
        assertThat(queued("complaint-answer:" + id + ":")).containsExactly("ANSWER_PUBLISHED QUEUED");
        String to = sql.column("SELECT DISTINCT to_index FROM sms_outbox WHERE dedupe_key LIKE ?",
                "complaint-%:" + id + "%").get(0);
        assertThat(sql.column("SELECT COUNT(DISTINCT to_index) FROM sms_outbox WHERE dedupe_key LIKE ?",
                "complaint-%:" + id + "%")).containsExactly("1");
        assertThat(to).hasSize(64);
    }

    @Test
    void no_phone_or_an_sms_complaint_gets_no_receipt() {
        Unit ward = fixtures.commune("Phường Không Số");
        long withoutPhone = id(file(ward, null, "WEB"));
        assertThat(queued("complaint-receipt:" + withoutPhone)).isEmpty();
    }

    @Test
    void an_escalation_goes_to_each_alert_phone_of_the_receiving_unit_once() {
        Unit ward = fixtures.commune("Phường Cảnh Báo");
        Unit parent = fixtures.province();
        alertPhones.add(parent.id(), PhoneNumber.parse("0987 000 111"), "Chánh văn phòng", "test", clock.instant());
        alertPhones.add(parent.id(), PhoneNumber.parse("0987 000 222"), "Phó chủ tịch", "test", clock.instant());
        String code = file(ward, "0912 345 002", "WEB");
        long id = id(code);
        ComplaintEscalated e = new ComplaintEscalated(id, code, ComplaintKind.PHAN_ANH, "ANSWER", ward.id(), parent.id(),
                1, clock.instant());
        events.publishEvent(e);
        events.publishEvent(e);
        List<String> rows = sql.column("SELECT purpose FROM sms_outbox WHERE dedupe_key LIKE ?",
                "escalation:" + id + ":1:%");
        assertThat(rows).containsExactly("ESCALATION", "ESCALATION");
        assertThat(sql.column("SELECT DISTINCT unit_id FROM sms_outbox WHERE dedupe_key LIKE ?",
                "escalation:" + id + ":1:%")).containsExactly(String.valueOf(parent.id()));
    }
}
