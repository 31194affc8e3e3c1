package vn.hailong.feedback;

import java.util.List;
import java.util.Set;

/** Bulk writes of past ratings; implemented with multi-row SQL in {@code feedback.persistence}. */
public interface RatingHistoryStore {

    /** Whether any rating has an idempotency key starting with the prefix (one index probe). */
    boolean anyKeyStartingWith(String prefix);

    /** How many ratings have an idempotency key starting with the prefix. */
    long countKeysStartingWith(String prefix);

    /** The keys among these (at most a thousand) that a loaded rating has, as stored. */
    Set<String> keysAmong(List<String> keys);

    /** Inserts the ratings and their criterion answers with a few multi-row statements, in the caller's transaction. */
    void insertAll(List<NewRating> ratings);
}
