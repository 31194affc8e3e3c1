package vn.hailong.metrics.rollup;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.hailong.feedback.CitizenServed;
import vn.hailong.feedback.CountedRating;
import vn.hailong.feedback.RatingsCounted;
import vn.hailong.shared.ids.TimeOrderedIds;

import java.util.List;

/**
 * Ratings that start to count are queued for the rollups in their own transaction (feedback publishes
 * {@link RatingsCounted} inside it): one small insert that never touches a shared row, so concurrent ratings do not
 * wait on each other, and a rating is counted exactly once (it commits or rolls back with its queue row).
 */
@Singleton
class PendingRatings {

    private final RollupStore store;
    private final TimeOrderedIds ids;

    PendingRatings(RollupStore store, TimeOrderedIds ids) {
        this.store = store;
        this.ids = ids;
    }

    @EventListener
    void onCounted(RatingsCounted event) {
        store.enqueue(event.ratings().stream().map(r -> new RollupStore.PendingRow(ids.next(), facts(r))).toList());
    }

    @EventListener
    void onServed(CitizenServed event) {
        store.enqueueServed(List.of(new RollupStore.PendingServed(ids.next(), event.unitId(), event.transactionId(),
                event.counterId(), event.localDate())));
    }

    static RatingFacts facts(CountedRating r) {
        return new RatingFacts(r.ratingId(), r.unitId(), r.localDate(), r.channel().name(), r.score(), r.counterId(),
                r.officerId(), r.procedureId(), r.applicantType() == null ? null : r.applicantType().name(),
                r.reasons().stream().map(Enum::name).toList(), r.answers());
    }
}
