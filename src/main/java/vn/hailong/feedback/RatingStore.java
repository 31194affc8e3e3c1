package vn.hailong.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What the feedback feature needs from storage; implemented with SQL in {@code feedback.persistence}. */
public interface RatingStore {

    record StoredKey(long id, String bodyHash, boolean flagged) {
    }

    record TransactionRef(long id, long unitId, long counterId, Long ratingId) {
    }

    record Figures(long n, long satisfied) {
    }

    record GroupFigures(String key, long n, long satisfied) {
    }

    /** Thrown by {@link #insert} when the client's idempotency key is already taken (a concurrent replay). */
    final class DuplicateKey extends RuntimeException {
        public DuplicateKey() {
            super("duplicate idempotency key", null, false, false);
        }
    }

    /**
     * Thrown by {@link #insert} when the new rating's id is already taken (two nodes drew the same node bits in the
     * same millisecond): not a replay; the caller retries with a new id.
     */
    final class IdClash extends RuntimeException {
        public IdClash() {
            super("rating id already taken", null, false, false);
        }
    }

    record KioskBinding(Long counterId, Long officerId) {
    }

    /** The rating stored under this key by this client (scope, see {@code Actor.idempotencyScope()}). */
    Optional<StoredKey> findByKey(String idempotencyScope, String idempotencyKey);

    /** The counter and officer a kiosk is bound to (either may be null). */
    KioskBinding kioskBinding(long kioskId);

    void insert(NewRating rating);

    long countKioskRatingsBetween(long kioskId, Instant from, Instant to);

    Optional<TransactionRef> latestTransaction(long counterId, Instant notBefore, Instant notAfter);

    Optional<TransactionRef> transaction(long id);

    /** Marks the transaction as rated by this rating if it was not rated yet; false when it already was. */
    boolean claimTransaction(long transactionId, long ratingId);

    void insertTransaction(long id, long counterId, long unitId, String ticket, String dossierCode, Instant openedAt,
                           String openedBy);

    /** n and the number of satisfied (4, 5) counted ratings of a unit subtree over local dates, flagged ones left out. */
    Figures satisfaction(String unitPathPrefix, LocalDate from, LocalDate to);

    /** The same figures broken down by {@code grouping}, in key order. */
    java.util.List<GroupFigures> satisfactionBy(String unitPathPrefix, LocalDate from, LocalDate to, Grouping grouping);

    /** Releases a flagged rating not yet reviewed; false when there is none. */
    boolean release(long ratingId, Instant at, String by);

    /** Marks a flagged rating not yet reviewed as reviewed and kept out of the figures; false when there is none. */
    boolean keepExcluded(long ratingId, Instant at, String by);

    /** A flagged rating as the review list shows it; names may be null when not bound. */
    record FlaggedRow(long id, FlagReason reason, int score, String channel, Instant submittedAt, Instant receivedAt,
                      long unitId, String unitCode, String unitName, String counterCode, String counterName,
                      String officerCode, String officerName, String kioskCode, String comment, Instant releasedAt,
                      Instant reviewedAt, String reviewedBy) {
    }

    /** Flagged ratings of a unit subtree, newest first; only those not reviewed yet when {@code pendingOnly}. */
    java.util.List<FlaggedRow> flagged(String unitPathPrefix, boolean pendingOnly, int limit, int offset);

    long countFlagged(String unitPathPrefix, boolean pendingOnly);

    /** The unit of a flagged rating, for the scope check. */
    Optional<Long> flaggedRatingUnit(long ratingId);

    /** A counter transaction with whether (and how) its citizen rated. */
    record TransactionRow(long id, String ticket, String dossierCode, Instant openedAt, String openedBy,
                          Long ratingId, Integer ratingScore, int extraRatings) {
    }

    /** The latest transactions of a counter, newest first. */
    java.util.List<TransactionRow> recentTransactions(long counterId, int limit);

    long countTransactionsSince(long counterId, Instant since);
}
