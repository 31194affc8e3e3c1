package vn.hailong.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Counter transactions (the served citizens a rating binds to); implemented with SQL in {@code feedback.persistence}. */
public interface CounterTransactionStore {

    record TransactionRef(long id, long unitId, long counterId, Long ratingId) {
    }

    /** A counter transaction with whether (and how) its citizen rated. */
    record TransactionRow(long id, String ticket, String dossierCode, Instant openedAt, String openedBy,
                          Long ratingId, Integer ratingScore, int extraRatings) {
    }

    Optional<TransactionRef> latestTransaction(long counterId, Instant notBefore, Instant notAfter);

    Optional<TransactionRef> transaction(long id);

    /** Marks the transaction as rated by this rating if it was not rated yet; false when it already was. */
    boolean claimTransaction(long transactionId, long ratingId);

    void insertTransaction(long id, long counterId, long unitId, String ticket, String dossierCode, Instant openedAt,
                           String openedBy);

    /** The latest transactions of a counter, newest first. */
    List<TransactionRow> recentTransactions(long counterId, int limit);

    long countTransactionsSince(long counterId, Instant since);
}
