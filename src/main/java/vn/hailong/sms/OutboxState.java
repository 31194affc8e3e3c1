package vn.hailong.sms;

/**
 * Where an outbound message stands. QUEUED waits for its next_attempt_at (window, cap, backoff); SENDING is claimed
 * by one dispatcher; SENT was accepted by Twilio; DELIVERED and FAILED are final (FAILED also when Twilio refused it
 * or the attempts ran out); SKIPPED_* were never sent.
 */
public enum OutboxState {
    QUEUED, SENDING, SENT, DELIVERED, FAILED, SKIPPED_OPTED_OUT, SKIPPED_DAILY_CAP
}
