package vn.hailong.feedback;

import java.time.Instant;
import java.util.Optional;

/** The ratings as intake writes and replays them; implemented with SQL in {@code feedback.persistence}. */
public interface RatingStore {

    record StoredKey(long id, String bodyHash, boolean flagged) {
    }

    /** Thrown by {@link #insert} when the client's idempotency key is already taken (a concurrent replay). */
    final class DuplicateKey extends RuntimeException {
        public DuplicateKey() {
            super("duplicate idempotency key", null, false, false);
        }
    }

    /**
     * Thrown by {@link #insert} when the new rating's id is already taken (two nodes drew the same node bits in the
     * same millisecond): not a replay; the caller retries with a new id.
     */
    final class IdClash extends RuntimeException {
        public IdClash() {
            super("rating id already taken", null, false, false);
        }
    }

    /** The rating stored under this key by this client (scope, see {@code Actor.idempotencyScope()}). */
    Optional<StoredKey> findByKey(String idempotencyScope, String idempotencyKey);

    void insert(NewRating rating);

    /** Whether a rating naming this dossier counts already (not flagged, or flagged and released). */
    boolean dossierRated(String dossierCode);

    /**
     * What the kiosk limits ask about the ratings of a kiosk counted near {@code at}, in one statement: whether one
     * lies within {@code minInterval} either side (false when null), and how many lie in {@code [at - burstWindow,
     * at]}, counted up to {@code burstMax} only (0: not counted), so that the cost stays bounded however busy the kiosk.
     */
    KioskSpacing kioskSpacing(long kioskId, Instant at, java.time.Duration minInterval, java.time.Duration burstWindow,
                              int burstMax);

    record KioskSpacing(boolean withinMinInterval, long inBurstWindow) {
    }

    /** Per kiosk: its ratings received since {@code since} and how many of them are flagged; kiosks without any are left out. */
    java.util.Map<Long, KioskFlagRates.FlagRate> kioskFlagCounts(java.util.Collection<Long> kioskIds, Instant since);
}
