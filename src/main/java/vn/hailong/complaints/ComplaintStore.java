package vn.hailong.complaints;

import vn.hailong.complaints.routing.ComplaintRouting;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.Optional;

/** Complaints as stored; implemented with SQL in {@code complaints.persistence}. */
public interface ComplaintStore {

    /** A new case; {@code dueAt} is a placeholder (the receipt time) until the workflow starts its clocks. */
    record NewComplaint(long id, String trackingCode, ComplaintKind kind, String channel, Long unitId, Long sectorId,
                        String dossierCode, String text, PhoneNumber phone, Long kioskId, Instant receivedAt,
                        Instant dueAt, String idempotencyScope, String idempotencyKey, String bodyHash,
                        Urgency urgency, Integer instance, ComplaintRouting.Route route, Long officerId, Long counterId,
                        Long procedureId, String citizenName, boolean contactRequested, ComplaintIntake.Origin origin) {
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

    /** The complaint stored under this key by this client (see {@code Actor.idempotencyScope()}). */
    Optional<Stored> findByKey(String idempotencyScope, String idempotencyKey);

    /** The citizen's phone of a complaint, decrypted; empty when none was given. */
    Optional<PhoneNumber> phoneOf(String trackingCode);

    /** Tracking codes of the complaints filed with this phone number, newest first (found by its blind index). */
    java.util.List<String> trackingCodesByPhone(PhoneNumber phone, int limit);

    void insert(NewComplaint complaint);
}
