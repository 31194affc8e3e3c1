package vn.hailong.invitations;

import jakarta.inject.Singleton;
import vn.hailong.feedback.RatingReceipt;

import java.util.Map;

/**
 * The nine per-dossier items of Decree 61/2018 Art. 31 (domain.md §2.1), optional on the rating page
 * ({@code hailong.invitations.decree-items}): each answered 2 (good), 1 (acceptable) or 0 (poor), stored with the
 * rating that was created with them (a replay stores nothing again). Their wording is in the invitations bundle.
 */
@Singleton
public class DecreeItems {

    public static final int COUNT = 9;

    private final DecreeAnswerStore store;

    DecreeItems(DecreeAnswerStore store) {
        this.store = store;
    }

    /** @param points item number (1..9) → points (0..2) */
    public void record(RatingReceipt receipt, Map<Integer, Integer> points) {
        if (receipt.created() && !points.isEmpty()) {
            store.insert(Long.parseLong(receipt.id()), points);
        }
    }

    public Map<Integer, Integer> of(long ratingId) {
        return store.byRating(ratingId);
    }

    /** Table rating_decree_answers; SQL in {@code invitations.persistence}. */
    public interface DecreeAnswerStore {

        void insert(long ratingId, Map<Integer, Integer> points);

        Map<Integer, Integer> byRating(long ratingId);
    }
}
