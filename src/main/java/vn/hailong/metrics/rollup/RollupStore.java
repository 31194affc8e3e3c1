package vn.hailong.metrics.rollup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The pending served citizens whose counter transactions have ids from {@code fromId} to {@code toId}. */
    List<PendingServed> pendingServedOfTransactions(long fromId, long toId);

    void deletePendingServed(List<Long> ids);

    /**
     * Takes the rollups' lock until the transaction ends and reads the rebuild under way; empty at once, with
     * {@code wait} false, when another drain or a rebuild holds it.
     */
    Optional<RebuildState> lock(boolean wait);

    /** Records the rebuild under way (in the lock's transaction); {@link RebuildState#NONE} ends it. */
    void saveRebuild(RebuildState state);

    boolean anyPending();

    /** The oldest pending ratings, at most {@code limit}. */
    List<Pending> pending(int limit);

    /** The pending rows of the ratings with ids from {@code fromId} to {@code toId}. */
    List<Pending> pendingOfRatings(long fromId, long toId);

    void deletePending(List<Long> ids);

    /** Adds the counts to the rows (creating them). */
    void add(Map<RollupKey, long[]> counts);

    /** Adds the counts to the rows a rebuild is filling. */
    void addToRebuild(Map<RollupKey, long[]> counts);

    /** Empties the rows a rebuild fills (a statement of its own, outside any transaction). */
    void emptyRebuild();

    /** Makes the rows a rebuild filled the rollups, and the rollups so far the rows the next rebuild will fill. */
    void swapRebuild();

    /** How many rows and bytes the rollups take (for the benchmark and the admin). */
    record Size(long rows, long bytes) {
    }

    Size size();
}
