package vn.hailong.metrics.rollup;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.CountedRatings;
import vn.hailong.feedback.ServedCitizens;

import java.util.List;

/** One transaction of rollup work each: a batch of the drain, or the rebuild of one unit. */
@Singleton
class RollupWork {

    private final RollupStore store;
    private final RollupLookups lookups;
    private final CountedRatings ratings;
    private final ServedCitizens served;

    RollupWork(RollupStore store, RollupLookups lookups, CountedRatings ratings, ServedCitizens served) {
        this.served = served;
        this.store = store;
        this.lookups = lookups;
        this.ratings = ratings;
    }

    /**
     * Applies up to {@code limit} pending ratings; -1 when another drain or a rebuild holds the lock and
     * {@code wait} is false.
     */
    @Transactional
    int drainBatch(int limit, boolean wait) {
        if (!store.lock(wait)) {
            return -1;
        }
        List<RollupStore.Pending> pending = store.pending(limit);
        List<RollupStore.PendingServed> served = store.pendingServed(limit);
        if (pending.isEmpty() && served.isEmpty()) {
            return 0;
        }
        RollupDeltas deltas = new RollupDeltas(lookups.elements()::get);
        pending.forEach(p -> deltas.add(p.facts()));
        served.forEach(s -> deltas.addServed(s.unitId(), s.counterId(), s.localDate()));
        store.add(deltas.counts(lookups::sectorOf));
        store.deletePending(pending.stream().map(RollupStore.Pending::id).toList());
        store.deletePendingServed(served.stream().map(RollupStore.PendingServed::id).toList());
        return pending.size() + served.size();
    }

    /**
     * Recomputes one unit's rows from its raw counted ratings. Under repeatable read the ratings and the pending
     * rows are read in one snapshot, and a rating commits with its pending row: the pending rows seen are exactly
     * those of ratings already counted here, so they are removed, and any rating committed later stays pending.
     *
     * @return the ratings counted
     */
    @Transactional(isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    long rebuildUnit(long unitId) {
        store.lock(true);
        RollupDeltas deltas = new RollupDeltas(lookups.elements()::get);
        long[] counted = {0};
        // the stream holds the connection: nothing in here may query the database
        ratings.forEachOfUnit(unitId, r -> {
            deltas.add(PendingRatings.facts(r));
            counted[0]++;
        });
        served.forEachOfUnit(unitId, s -> deltas.addServed(unitId, s.counterId(), s.localDate()));
        store.deletePending(store.pendingIdsOfUnit(unitId));
        store.deletePendingServed(store.pendingServedIdsOfUnit(unitId));
        store.replaceUnit(unitId, deltas.counts(lookups::sectorOf));
        return counted[0];
    }
}
