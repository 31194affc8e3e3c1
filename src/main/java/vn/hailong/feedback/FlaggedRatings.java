package vn.hailong.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;

import java.time.Clock;

/** Flagged ratings are kept for review; an admin releases one to let it count. */
@Singleton
public class FlaggedRatings {

    private final RatingStore store;
    private final Clock clock;

    FlaggedRatings(RatingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public void release(String id) {
        long ratingId;
        try {
            ratingId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw RuleViolation.notFound("Không tìm thấy đánh giá " + id + " (rating not found).");
        }
        if (!store.release(ratingId, clock.instant())) {
            throw RuleViolation.notFound("Không có đánh giá bị gắn cờ " + id + " chờ duyệt (no flagged rating " + id + ").");
        }
    }
}
