package vn.hailong.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Flagged ratings and their review; implemented with SQL in {@code feedback.persistence}. */
public interface FlaggedRatingStore {

    /**
     * A flagged rating as the review list shows it; names may be null when not bound. The store gives the kiosk's
     * id only; its code comes from the kiosk feature ({@link RatingKiosks}, {@link #withKioskCode}).
     */
    record FlaggedRow(long id, FlagReason reason, int score, String channel, Instant submittedAt, Instant receivedAt,
                      long unitId, String unitCode, String unitName, String counterCode, String counterName,
                      String officerCode, String officerName, Long kioskId, String kioskCode, String comment,
                      Instant releasedAt, Instant reviewedAt, String reviewedBy) {

        public FlaggedRow withKioskCode(String code) {
            return new FlaggedRow(id, reason, score, channel, submittedAt, receivedAt, unitId, unitCode, unitName,
                    counterCode, counterName, officerCode, officerName, kioskId, code, comment, releasedAt, reviewedAt,
                    reviewedBy);
        }
    }

    /** Releases a flagged rating not yet reviewed; false when there is none. */
    boolean release(long ratingId, Instant at, String by);

    /** Marks a flagged rating not yet reviewed as reviewed and kept out of the figures; false when there is none. */
    boolean keepExcluded(long ratingId, Instant at, String by);

    /** Flagged ratings of a unit subtree, newest first; only those not reviewed yet when {@code pendingOnly}. */
    List<FlaggedRow> flagged(String unitPathPrefix, boolean pendingOnly, int limit, int offset);

    long countFlagged(String unitPathPrefix, boolean pendingOnly);

    /** The unit of a flagged rating, for the scope check. */
    Optional<Long> flaggedRatingUnit(long ratingId);
}
