package vn.hailong.sms;

/**
 * Queues outbound SMS in the database (table sms_outbox); the dispatcher sends them through Twilio within the send
 * window, the daily cap and the opt-out list. Joins the caller's transaction: a message queued by a rolled-back
 * change is never sent.
 */
public interface SmsOutbox {

    /** @return the message's id, and whether this call queued it (false: the dedupe key was queued before) */
    Queued enqueue(OutboundSms message);

    record Queued(long id, boolean created) {
    }
}
