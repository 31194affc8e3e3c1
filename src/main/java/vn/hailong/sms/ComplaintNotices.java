package vn.hailong.sms;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintAnswered;
import vn.hailong.complaints.ComplaintEscalated;
import vn.hailong.complaints.ComplaintFiled;
import vn.hailong.complaints.ComplaintInformationRequested;
import vn.hailong.complaints.ComplaintStore;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The complaint messages, queued in the transaction of the complaint event they answer (so they commit or roll
 * back with it), each once by its dedupe key: the receipt with the tracking code when a complaint with a phone is
 * filed (not for one filed by SMS: the reply to that SMS carries the code; not for one received more than a day
 * ago: history loaded late); the information request and the published answer (each request and each answer
 * once); and to the alert phones of the unit a complaint is escalated to. The citizen's phone is read through the
 * complaints feature's port {@link ComplaintStore#phoneOf}.
 */
@Singleton
class ComplaintNotices {

    private static final Duration LATE = Duration.ofDays(1);

    private final SmsOutbox outbox;
    private final ComplaintStore complaints;
    private final AlertPhones alertPhones;
    private final PhoneIndex phones;
    private final SmsTemplates templates;
    private final Clock clock;

    ComplaintNotices(SmsOutbox outbox, ComplaintStore complaints, AlertPhones alertPhones, PhoneIndex phones,
                     SmsTemplates templates, Clock clock) {
        this.outbox = outbox;
        this.complaints = complaints;
        this.alertPhones = alertPhones;
        this.phones = phones;
        this.templates = templates;
        this.clock = clock;
    }

    @EventListener
    void filed(ComplaintFiled e) {
        if ("SMS".equals(e.channel()) || e.receivedAt().isBefore(clock.instant().minus(LATE))) {
            return;
        }
        toCitizen(e.trackingCode(), SmsPurpose.COMPLAINT_RECEIPT, "complaint-receipt:" + e.complaintId(), e.unitId());
    }

    @EventListener
    void informationRequested(ComplaintInformationRequested e) {
        toCitizen(e.trackingCode(), SmsPurpose.INFORMATION_REQUEST,
                "complaint-info:" + e.complaintId() + ":" + e.requestNumber(), e.handlingUnitId());
    }

    @EventListener
    void answered(ComplaintAnswered e) {
        toCitizen(e.trackingCode(), SmsPurpose.ANSWER_PUBLISHED,
                "complaint-answer:" + e.complaintId() + ":" + e.answerNumber(), e.handlingUnitId());
    }

    @EventListener
    void escalated(ComplaintEscalated e) {
        for (AlertPhones.AlertPhone a : alertPhones.ofUnit(e.toUnitId())) {
            outbox.enqueue(new OutboundSms(SmsPurpose.ESCALATION, a.phone(), params(e.trackingCode()),
                    "escalation:" + e.complaintId() + ":" + e.escalationLevel() + ":" + phones.of(a.phone()),
                    e.toUnitId()));
        }
    }

    private void toCitizen(String trackingCode, SmsPurpose purpose, String dedupeKey, Long unitId) {
        Optional<PhoneNumber> phone = complaints.phoneOf(trackingCode);
        phone.ifPresent(p -> outbox.enqueue(new OutboundSms(purpose, p, params(trackingCode), dedupeKey, unitId)));
    }

    private Map<String, String> params(String trackingCode) {
        return Map.of("tracking", trackingCode, "site", templates.site());
    }
}
