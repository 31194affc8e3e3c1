package vn.hailong.metrics.rollup;

import java.util.List;
import java.util.Map;

/** The rollups and their pending ratings as stored; implemented with SQL in {@code metrics.persistence}. */
public interface RollupStore {

    /** A pending rating: the queue row's id and the rating's facts (its sector not yet resolved). */
    record Pending(long id, RatingFacts facts) {
    }

    /** Adds pending rows for ratings that started to count (in the caller's transaction). */
    void enqueue(List<PendingRow> rows);

    record PendingRow(long id, RatingFacts facts) {
    }

    /** A citizen served at a counter, waiting to be counted. */
    record PendingServed(long id, long unitId, long transactionId, long counterId, java.time.LocalDate localDate) {
    }

    void enqueueServed(List<PendingServed> rows);

    List<PendingServed> pendingServed(int limit);

    List<Long> pendingServedIdsOfUnit(long unitId);

    void deletePendingServed(List<Long> ids);

    /**
     * Takes the rollups' lock until the transaction ends; with {@code wait} false returns false at once when
     * another drain or a rebuild holds it.
     */
    boolean lock(boolean wait);

    boolean anyPending();

    /** The oldest pending ratings, at most {@code limit}. */
    List<Pending> pending(int limit);

    /** The ids of the pending rows of one unit. */
    List<Long> pendingIdsOfUnit(long unitId);

    void deletePending(List<Long> ids);

    /** Adds the counts to the rows (creating them). */
    void add(Map<RollupKey, long[]> counts);

    /** Replaces every row of one unit by these. */
    void replaceUnit(long unitId, Map<RollupKey, long[]> counts);

    /** The units that have rollup rows or pending ones. */
    List<Long> unitsWithRollups();

    /** How many rows and bytes the rollups take (for the benchmark and the admin). */
    record Size(long rows, long bytes) {
    }

    Size size();
}
