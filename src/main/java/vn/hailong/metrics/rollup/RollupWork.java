package vn.hailong.metrics.rollup;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.feedback.CitizenServed;
import vn.hailong.feedback.CountedRating;
import vn.hailong.feedback.CountedRatings;
import vn.hailong.feedback.ServedCitizens;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One transaction of rollup work each: a batch of the drain, or a step of a rebuild. */
@Singleton
class RollupWork {

    private static final Logger LOG = LoggerFactory.getLogger(RollupWork.class);

    /** What one range of a rebuild counted, and where the next one starts ({@link Long#MAX_VALUE}: none). */
    record Range(long next, long ratings, Set<Long> units) {
    }

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
     * {@code wait} is false. While a rebuild runs, the pending rows of ratings its scan has passed go into its rows
     * too (it did not see them: they are pending).
     */
    @Transactional
    int drainBatch(int limit, boolean wait) {
        RebuildState rebuild = store.lock(wait).orElse(null);
        if (rebuild == null) {
            return -1;
        }
        if (rebuild.stale()) {
            LOG.warn("Rollup rebuild {} has not moved on for long: given up", rebuild.id());
            store.saveRebuild(RebuildState.NONE);
            rebuild = RebuildState.NONE;
        }
        List<RollupStore.Pending> pending = store.pending(limit);
        List<RollupStore.PendingServed> served = store.pendingServed(limit);
        if (pending.isEmpty() && served.isEmpty()) {
            return 0;
        }
        store.add(counts(pending, served));
        if (rebuild.running()) {
            RebuildState r = rebuild;
            store.addToRebuild(counts(pending.stream().filter(p -> r.covers(p.facts().ratingId())).toList(),
                    served.stream().filter(s -> r.covers(s.transactionId())).toList()));
        }
        store.deletePending(pending.stream().map(RollupStore.Pending::id).toList());
        store.deletePendingServed(served.stream().map(RollupStore.PendingServed::id).toList());
        return pending.size() + served.size();
    }

    /** Starts rebuild {@code id}: its rows are emptied next, and nothing goes into them until its first range. */
    @Transactional
    void beginRebuild(String id) {
        RebuildState state = store.lock(true).orElseThrow();
        if (state.running() && !state.stale()) {
            throw new IllegalStateException("A rebuild of the rollups is under way already (" + state.id() + ")");
        }
        store.saveRebuild(new RebuildState(id, Long.MIN_VALUE, false));
    }

    /**
     * Counts the next range of rebuild {@code id} into its rows: up to {@code limit} counted ratings in id order
     * from {@code from} on, and the counter transactions in the same ids (at most {@code limit}). Under repeatable
     * read the ratings and the pending rows are read in one snapshot, and a rating commits with its pending row: the
     * pending rows of the range seen here are exactly those of ratings counted here, so they go into the live rows
     * only (as a drain would put them) and are removed. A rating committed later stays pending, and since the cursor
     * has passed it, the drain puts it into both. The month rows are summed in {@code months} over all ranges (each
     * range adds to the same few) and written with the last one; the day rows are written with their range.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    Range rebuildRange(String id, long from, int limit, Map<RollupKey, long[]> months) {
        RebuildState state = store.lock(true).orElseThrow();
        if (!id.equals(state.id())) {
            throw new IllegalStateException("Rollup rebuild " + id + " was given up");
        }
        Map<String, String> elements = lookups.elements();
        List<CountedRating> rated = ratings.countedFrom(from, limit);
        long to = rated.size() < limit ? Long.MAX_VALUE : rated.get(rated.size() - 1).ratingId();
        List<CitizenServed> citizens = served.servedBetween(from, to, limit);
        if (citizens.size() == limit) {
            to = Math.min(to, citizens.get(citizens.size() - 1).transactionId());
        }
        RollupDeltas deltas = new RollupDeltas(elements::get);
        Set<Long> units = new HashSet<>();
        long counted = 0;
        for (CountedRating r : rated) {
            if (r.ratingId() <= to) {
                deltas.add(PendingRatings.facts(r));
                units.add(r.unitId());
                counted++;
            }
        }
        for (CitizenServed s : citizens) {
            if (s.transactionId() <= to) {
                deltas.addServed(s.unitId(), s.counterId(), s.localDate());
                units.add(s.unitId());
            }
        }
        List<RollupStore.Pending> pending = store.pendingOfRatings(from, to);
        List<RollupStore.PendingServed> pendingServed = store.pendingServedOfTransactions(from, to);
        store.add(counts(pending, pendingServed));
        store.deletePending(pending.stream().map(RollupStore.Pending::id).toList());
        store.deletePendingServed(pendingServed.stream().map(RollupStore.PendingServed::id).toList());
        Map<RollupKey, long[]> days = new HashMap<>();
        deltas.counts(lookups::sectorOf).forEach((key, n) -> {
            if (key.grain() == 'D') {
                days.put(key, n);
            } else {
                long[] sum = months.computeIfAbsent(key, k -> new long[5]);
                for (int i = 0; i < 5; i++) {
                    sum[i] += n[i];
                }
            }
        });
        store.addToRebuild(days);
        long next = to == Long.MAX_VALUE ? Long.MAX_VALUE : to + 1;
        if (next == Long.MAX_VALUE) {
            store.addToRebuild(months);
        }
        store.saveRebuild(new RebuildState(id, next, false));
        return new Range(next, counted, units);
    }

    /** Ends rebuild {@code id} (done, or given up): the drain no longer fills its rows. */
    @Transactional
    void endRebuild(String id) {
        RebuildState state = store.lock(true).orElseThrow();
        if (id.equals(state.id())) {
            store.saveRebuild(RebuildState.NONE);
        }
    }

    private Map<RollupKey, long[]> counts(List<RollupStore.Pending> pending, List<RollupStore.PendingServed> served) {
        RollupDeltas deltas = new RollupDeltas(lookups.elements()::get);
        pending.forEach(p -> deltas.add(p.facts()));
        served.forEach(s -> deltas.addServed(s.unitId(), s.counterId(), s.localDate()));
        return deltas.counts(lookups::sectorOf);
    }
}
