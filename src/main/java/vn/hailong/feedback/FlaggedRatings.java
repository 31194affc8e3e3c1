package vn.hailong.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.paging.PageWindow;
import vn.hailong.shared.security.Actor;

import java.time.Clock;
import java.util.List;

/**
 * Flagged ratings (a second rating of one served citizen, or beyond a kiosk's limits) are kept for review and left
 * out of the figures. A reviewer in scope releases one (it counts from then on) or keeps it excluded; either way it
 * leaves the list of ratings waiting for review.
 */
@Singleton
public class FlaggedRatings {

    /** One page of flagged ratings. */
    public record FlaggedPage(List<RatingStore.FlaggedRow> rows, long total, int page, int size) {
        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final RatingStore store;
    private final UnitScope scope;
    private final Clock clock;

    FlaggedRatings(RatingStore store, UnitScope scope, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FlaggedPage list(Actor actor, boolean pendingOnly, int page, int size) {
        String prefix = scope.subtreePrefix(actor);
        PageWindow window = PageWindow.of(page, size, store.countFlagged(prefix, pendingOnly));
        return new FlaggedPage(store.flagged(prefix, pendingOnly, size, window.intOffset()), window.total(),
                window.page(), size);
    }

    /** Lets a flagged rating count in the figures of its period from now on. */
    @Transactional
    public void release(Actor actor, String id) {
        long ratingId = visible(actor, id);
        if (!store.release(ratingId, clock.instant(), actor.name())) {
            throw RuleViolation.conflict("id", "Đánh giá " + id + " đã được xem xét rồi (rating already reviewed).");
        }
    }

    /** Records that a flagged rating was looked at and stays out of the figures. */
    @Transactional
    public void keepExcluded(Actor actor, String id) {
        long ratingId = visible(actor, id);
        if (!store.keepExcluded(ratingId, clock.instant(), actor.name())) {
            throw RuleViolation.conflict("id", "Đánh giá " + id + " đã được xem xét rồi (rating already reviewed).");
        }
    }

    private long visible(Actor actor, String id) {
        long ratingId;
        try {
            ratingId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw RuleViolation.notFound("Không tìm thấy đánh giá " + id + " (rating not found).");
        }
        Long unitId = store.flaggedRatingUnit(ratingId).orElse(null);
        if (unitId == null || !scope.covers(actor, unitId)) {
            throw RuleViolation.notFound("Không có đánh giá bị gắn cờ " + id + " (no flagged rating " + id + ").");
        }
        return ratingId;
    }
}
