package vn.hailong.complaints;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.Optional;

/** Complaints as stored; implemented with SQL in {@code complaints.persistence}. */
public interface ComplaintStore {

    record NewComplaint(long id, String trackingCode, ComplaintKind kind, String channel, Long unitId, Long sectorId,
                        String dossierCode, String text, PhoneNumber phone, Long kioskId, Instant receivedAt,
                        Instant dueAt, String idempotencyKey, String bodyHash) {
    }

    record Stored(String trackingCode, Instant dueAt, String bodyHash) {
    }

    /** Thrown when a unique key (tracking code or idempotency key) is already taken. */
    final class Clash extends RuntimeException {
        public final boolean idempotencyKey;

        public Clash(boolean idempotencyKey) {
            super("unique key clash", null, false, false);
            this.idempotencyKey = idempotencyKey;
        }
    }

    Optional<Stored> findByKey(String idempotencyKey);

    void insert(NewComplaint complaint);
}
