package vn.hailong.feedback;

import io.micronaut.context.event.ApplicationEventPublisher;
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
    public record FlaggedPage(List<FlaggedRatingStore.FlaggedRow> rows, long total, int page, int size) {
        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final FlaggedRatingStore store;
    private final RatingKiosks kiosks;
    private final UnitScope scope;
    private final Clock clock;
    private final CountedRatings countedRatings;
    private final ApplicationEventPublisher<RatingsCounted> counted;

    FlaggedRatings(FlaggedRatingStore store, RatingKiosks kiosks, UnitScope scope, Clock clock,
                   CountedRatings countedRatings, ApplicationEventPublisher<RatingsCounted> counted) {
        this.countedRatings = countedRatings;
        this.counted = counted;
        this.store = store;
        this.kiosks = kiosks;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FlaggedPage list(Actor actor, boolean pendingOnly, int page, int size) {
        String prefix = scope.subtreePrefix(actor);
        PageWindow window = PageWindow.of(page, size, store.countFlagged(prefix, pendingOnly));
        List<FlaggedRatingStore.FlaggedRow> rows = store.flagged(prefix, pendingOnly, size, window.intOffset());
        java.util.Map<Long, String> codes = kiosks.codes(rows.stream().map(FlaggedRatingStore.FlaggedRow::kioskId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        return new FlaggedPage(rows.stream().map(r -> r.withKioskCode(codes.get(r.kioskId()))).toList(),
                window.total(), window.page(), size);
    }

    /** Lets a flagged rating count in the figures of its period from now on. */
    @Transactional
    public void release(Actor actor, String id) {
        long ratingId = visible(actor, id);
        if (!store.release(ratingId, clock.instant(), actor.name())) {
            throw RuleViolation.conflict("id", "feedback.error.alreadyReviewed", id);
        }
        countedRatings.counted(ratingId).ifPresent(r -> counted.publishEvent(new RatingsCounted(List.of(r))));
    }

    /** Records that a flagged rating was looked at and stays out of the figures. */
    @Transactional
    public void keepExcluded(Actor actor, String id) {
        long ratingId = visible(actor, id);
        if (!store.keepExcluded(ratingId, clock.instant(), actor.name())) {
            throw RuleViolation.conflict("id", "feedback.error.alreadyReviewed", id);
        }
    }

    private long visible(Actor actor, String id) {
        long ratingId;
        try {
            ratingId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw RuleViolation.notFound("feedback.error.ratingNotFound", id);
        }
        Long unitId = store.flaggedRatingUnit(ratingId).orElse(null);
        if (unitId == null || !scope.covers(actor, unitId)) {
            throw RuleViolation.notFound("feedback.error.flaggedNotFound", id);
        }
        return ratingId;
    }
}
