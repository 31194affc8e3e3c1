package vn.hailong.kiosk;

import java.time.Instant;
import java.util.Optional;

/** The kiosk feature's own SQL beyond plain CRUD (pairing codes, contact); implemented in {@code kiosk.persistence}. */
public interface KioskStore {

    /** Deletes codes that were used or have expired by {@code now}. */
    void purgePairings(Instant now);

    /**
     * Stores a new pairing code by its hash.
     *
     * @return false when a live code with the same hash exists (draw another)
     */
    boolean insertPairing(long kioskId, String codeHash, Instant expiresAt, String createdBy, Instant now);

    /** Marks the live code with this hash used and returns its kiosk; empty when none is live. */
    Optional<Long> usePairing(String codeHash, Instant now);

    /** Records that the kiosk reported at {@code at} (server time) with this many submissions waiting. */
    void recordHeartbeat(long kioskId, Instant at, int pendingCount);

    /**
     * Records that the server heard from the kiosk at {@code at} (its own clock): extends the kiosk's latest contact
     * span when that ended at most {@code gap} before, otherwise opens a new one.
     */
    void recordContact(long kioskId, Instant at, java.time.Duration gap, boolean heartbeat);

    /** Whether a contact span of the kiosk covers {@code at}. */
    boolean inContact(long kioskId, Instant at);

    /** The start of the kiosk's first contact span after {@code at}, if any. */
    Optional<Instant> firstContactAfter(long kioskId, Instant at);

    /** A span of continuous contact: from the first to the last time heard, and how many heartbeats came in it. */
    record ContactSpan(Instant from, Instant to, int heartbeats) {
    }

    /** The latest contact span of each of these kiosks; kiosks never heard from are left out. */
    java.util.Map<Long, ContactSpan> latestContacts(java.util.Collection<Long> kioskIds);
}
