package vn.hailong.invitations.replies;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Table sms_inbound, one row per MessageSid; SQL in {@code replies.persistence}. */
public interface InboundStore {

    /**
     * A message to store, PENDING, held by its first attempt until {@code heldUntil}.
     *
     * @param phone the sender, or null when it is not a Vietnamese mobile
     */
    record NewInbound(long id, InboundSms sms, PhoneNumber phone, Via via, Instant storedAt, Instant heldUntil) {
    }

    /** A stored message. */
    record Stored(long id, String messageSid, PhoneNumber phone, String body, Via via, InboundState state,
                  Outcome outcome, ReplyKind replyKind, ReplyVia replyVia, String replyText, String dossierCode,
                  Long unitId, Long ratingId, String trackingCode, int attempts, String lastError,
                  Instant receivedAt, Instant processedAt) {
    }

    /** @param created false when the MessageSid was stored before (then {@code row} is that row) */
    record Inserted(Stored row, boolean created) {
    }

    Inserted insertIfAbsent(NewInbound message);

    Optional<Stored> bySid(String messageSid);

    /** Marks the message DONE with what it did and how it was answered. */
    void done(long id, Handled handled, ReplyVia replyVia, String replyText, Instant at);

    /** An attempt failed: PENDING again from {@code nextAttemptAt}, or FAILED when {@code giveUp}. */
    void failed(long id, int attempts, String error, Instant nextAttemptAt, boolean giveUp);

    /** PENDING messages whose next attempt is due, oldest first. */
    List<Stored> due(Instant now, int limit);

    /**
     * Takes a due message for one attempt, held until {@code heldUntil}; false when another node took it first or it
     * is no longer due.
     */
    boolean claim(long id, Instant now, Instant heldUntil);

    /**
     * A page of messages, newest first, optionally only of one outcome or in one state (PENDING and FAILED ones have
     * no outcome yet).
     *
     * @param page 1-based; past the end, the last page
     */
    Listing list(Outcome outcome, InboundState state, int page, int size);

    record Listing(List<Stored> rows, long total, int page, int totalPages) {
    }
}
