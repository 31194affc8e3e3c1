package vn.hailong.invitations.replies;

import java.time.Instant;
import java.util.Objects;

/**
 * One message a citizen sent to our number, as Twilio reports it (the webhook's form, or an entry of its message
 * list).
 *
 * @param from       the sender as Twilio wrote it ({@code +84912345678}); personal data
 * @param receivedAt when it reached us (the webhook's arrival) or Twilio (the list's date_sent)
 */
public record InboundSms(String messageSid, String accountSid, String from, String to, String body,
                         Instant receivedAt) {

    public InboundSms {
        Objects.requireNonNull(messageSid, "messageSid");
        Objects.requireNonNull(receivedAt, "receivedAt");
        body = body == null ? "" : body;
    }

    @Override
    public String toString() {
        return "InboundSms[" + messageSid + "]";
    }
}
