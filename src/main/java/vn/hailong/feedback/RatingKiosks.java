package vn.hailong.feedback;

import java.util.Collection;
import java.util.Map;

/**
 * What ratings need to know of kiosks, answered by the kiosk feature (which builds on feedback, not the other way
 * round): the counter and officer a kiosk rates by default, and kiosk codes for the review list.
 */
public interface RatingKiosks {

    record Binding(Long counterId, Long officerId) {
        public static final Binding NONE = new Binding(null, null);
    }

    /** The counter and officer a kiosk is bound to (either may be null). */
    Binding binding(long kioskId);

    /** The codes of these kiosks by id; unknown ids are left out. */
    Map<Long, String> codes(Collection<Long> kioskIds);
}
