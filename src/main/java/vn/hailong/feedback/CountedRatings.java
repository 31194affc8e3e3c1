package vn.hailong.feedback;

import java.util.List;
import java.util.Optional;

/**
 * The raw ratings that count (not flagged, or released), read back for a rebuild of the figures; implemented with
 * SQL in {@code feedback.persistence}. Raw ratings are the truth: whatever is derived from them can be recomputed.
 */
public interface CountedRatings {

    /**
     * The next counted ratings in id order, from {@code fromId} on, at most {@code limit}: a rebuild reads all of
     * them range by range, in the caller's transaction.
     */
    List<CountedRating> countedFrom(long fromId, int limit);

    /** One rating as counted, if it counts. */
    Optional<CountedRating> counted(long ratingId);
}
