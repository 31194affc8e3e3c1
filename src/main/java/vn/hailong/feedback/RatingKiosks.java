package vn.hailong.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What ratings need to know of kiosks, answered by the kiosk feature (which builds on feedback, not the other way
 * round): the counter and officer a kiosk rates by default, kiosk codes for the review list, and when the server
 * was hearing from a kiosk (its contacts, on the server's clock).
 */
public interface RatingKiosks {

    record Binding(Long counterId, Long officerId) {
        public static final Binding NONE = new Binding(null, null);
    }

    /**
     * The server's view of a kiosk around an instant: whether it was in continuous contact then, and when it was
     * first heard from again after it (null when not since).
     */
    record Presence(boolean inContact, Instant backSince) {
    }

    /** The counter and officer a kiosk is bound to (either may be null). */
    Binding binding(long kioskId);

    /** The codes of these kiosks by id; unknown ids are left out. */
    Map<Long, String> codes(Collection<Long> kioskIds);

    Presence presence(long kioskId, Instant at);
}
