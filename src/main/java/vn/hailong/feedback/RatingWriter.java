package vn.hailong.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * Stores one validated rating in one transaction: binds it to the served citizen's counter transaction, or applies
 * the kiosk limits when there is none, and decides whether it is flagged for review.
 */
@Singleton
class RatingWriter {

    private final RatingStore store;
    private final CounterTransactionStore transactions;
    private final IntakeLimits limits;

    RatingWriter(RatingStore store, CounterTransactionStore transactions, IntakeLimits limits) {
        this.store = store;
        this.transactions = transactions;
        this.limits = limits;
    }

    @Transactional
    FlagReason write(NewRating r) {
        Long transactionId = r.transactionId();
        FlagReason flag = null;
        if (transactionId == null && r.counterId() != null && r.channel() != Channel.IMPORT) {
            transactionId = transactions.latestTransaction(r.counterId(),
                    r.submittedAt().minus(limits.getTransactionWindow()), r.submittedAt())
                    .map(CounterTransactionStore.TransactionRef::id).orElse(null);
        }
        if (transactionId != null) {
            if (!transactions.claimTransaction(transactionId, r.id())) {
                flag = FlagReason.DUPLICATE_TRANSACTION;
            }
        } else if (r.kioskId() != null) {
            flag = kioskLimit(r);
        }
        store.insert(r.withOutcome(transactionId, flag));
        return flag;
    }

    private FlagReason kioskLimit(NewRating r) {
        Instant at = r.submittedAt();
        if (!limits.getMinInterval().isZero()
                && store.countKioskRatingsBetween(r.kioskId(), at.minus(limits.getMinInterval()), at.plus(limits.getMinInterval())) > 0) {
            return FlagReason.TOO_FAST;
        }
        if (limits.getBurstMax() > 0
                && store.countKioskRatingsBetween(r.kioskId(), at.minus(limits.getBurstWindow()), at) >= limits.getBurstMax()) {
            return FlagReason.BURST;
        }
        return null;
    }
}
