package vn.hailong.feedback;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The raw ratings that count (not flagged, or released), read back for a rebuild of the figures; implemented with
 * SQL in {@code feedback.persistence}. Raw ratings are the truth: whatever is derived from them can be recomputed.
 */
public interface CountedRatings {

    /** The units that have ratings or served citizens, in id order. */
    List<Long> unitsWithRatings();

    /** Every counted rating of one unit, streamed (a unit may have millions), in no particular order. */
    void forEachOfUnit(long unitId, Consumer<CountedRating> consumer);

    /** One rating as counted, if it counts. */
    Optional<CountedRating> counted(long ratingId);
}
