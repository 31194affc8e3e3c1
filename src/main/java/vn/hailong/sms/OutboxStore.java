package vn.hailong.sms;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dispatcher's and the admin page's view of sms_outbox; SQL in {@code sms.persistence}. */
public interface OutboxStore {

    /** A claimed row: {@code attempts} already counts this claim. */
    record Claimed(long id, SmsPurpose purpose, PhoneNumber to, String toIndex, Map<String, String> params,
                   String body, int attempts, Instant createdAt, String token) {
    }

    /** One message as the admin page lists it. */
    record Listed(long id, SmsPurpose purpose, OutboxState state, Long unitId, PhoneNumber to, String body,
                  int attempts, String errorCode, String errorMessage, String deliveryStatus, Instant createdAt,
                  Instant nextAttemptAt, Instant sentAt) {
    }

    /** @param unitIds null: every message; else those of these units only */
    record Filter(OutboxState state, SmsPurpose purpose, Instant from, Instant until, List<Long> unitIds) {
    }

    record Page(List<Listed> rows, long total) {
    }

    /** Marks up to {@code limit} due QUEUED rows SENDING under {@code token} (one statement: each row one claimer). */
    List<Claimed> claim(String token, Instant now, int limit);

    /** SENDING rows claimed before {@code before} (their node died or hung) go back to QUEUED, due at once. */
    int releaseAbandoned(Instant before, Instant now);

    void storeBody(long id, String token, String body);

    /** Back to QUEUED until {@code at}, the claim not counted as an attempt (window or cap). */
    void wait(long id, String token, Instant at);

    void sent(long id, String token, String providerSid, String deliveryStatus, Instant at);

    /** Whether a message of the outbox already carries this provider SID. */
    boolean knowsProviderSid(String providerSid);

    void retry(long id, String token, Instant at, String errorCode, String errorMessage);

    /** A final state without a send (FAILED, SKIPPED_*). */
    void finish(long id, String token, OutboxState state, String errorCode, String errorMessage, Instant at);

    /** Messages sent to this number between the two instants, REPLY_ purposes not counted. */
    int sentTo(String toIndex, Instant from, Instant until);

    /**
     * A status callback: sets delivery_status and the state it implies; {@code apply} decides from the current
     * status whether it moves. @return false when no message has this SID
     */
    boolean updateDelivery(String providerSid, DeliveryProgress apply);

    Page page(Filter filter, int offset, int limit);

    Optional<Listed> byId(long id);

    /** How a status callback moves a row: given the stored status, the new status, state and error, or empty. */
    interface DeliveryProgress {
        Optional<Update> next(String currentStatus, OutboxState currentState);

        record Update(String status, OutboxState state, String errorCode, String errorMessage) {
        }
    }
}
