package vn.hailong.feedback;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.retry.annotation.Retryable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.events.RatingLeftContact;
import vn.hailong.shared.persistence.RestartableTransactions;

import java.time.Instant;
import java.util.List;

/**
 * Stores one validated rating in one transaction: binds it to the served citizen's counter transaction, or applies
 * the kiosk limits when there is none, decides whether it is flagged for review, and publishes
 * {@link RatingRecorded} (and {@link RatingsCounted} when it counts) in the same transaction, and {@link RatingLeftContact} when the citizen left a phone number
 * or asked to be contacted (what a follow-up case is opened from; the number is not stored with the rating).
 * A transaction the database rolls back as a deadlock (concurrent kiosks' contact spans lock neighbouring gaps) is
 * run again from the start, in a new transaction: the retry wraps the transaction.
 */
@Singleton
class RatingWriter {

    private final RatingStore store;
    private final CounterTransactionStore transactions;
    private final KioskLimits kioskLimits;
    private final IntakeLimits limits;
    private final ApplicationEventPublisher<RatingRecorded> events;
    private final ApplicationEventPublisher<RatingLeftContact> contacts;
    private final ApplicationEventPublisher<RatingsCounted> counted;

    RatingWriter(RatingStore store, CounterTransactionStore transactions, KioskLimits kioskLimits, IntakeLimits limits,
                 ApplicationEventPublisher<RatingRecorded> events, ApplicationEventPublisher<RatingLeftContact> contacts,
                 ApplicationEventPublisher<RatingsCounted> counted) {
        this.contacts = contacts;
        this.counted = counted;
        this.store = store;
        this.transactions = transactions;
        this.kioskLimits = kioskLimits;
        this.limits = limits;
        this.events = events;
    }

    /**
     * Retried on conflict: the first ratings of several kiosks after a quiet spell insert their contact spans into
     * one index gap at once (an InnoDB deadlock), and on Galera two nodes' write sets may meet on a kiosk's span.
     * Never called inside another transaction: a retry must rerun the whole transaction the database rolled back.
     */
    @Retryable(predicate = RestartableTransactions.class, attempts = "4", delay = "20ms", multiplier = "2",
            jitter = "0.5")
    @Transactional
    FlagReason write(NewRating r) {
        Long transactionId = r.transactionId();
        FlagReason flag = null;
        Instant countedAt = null;
        // a rating of a dossier given later (an SMS reply, the link page) is not one of whoever the counter serves now
        boolean later = r.dossierCode() != null && (r.channel() == Channel.SMS || r.channel() == Channel.WEB);
        if (transactionId == null && r.counterId() != null && r.channel() != Channel.IMPORT && !later) {
            transactionId = transactions.latestTransaction(r.counterId(),
                    r.submittedAt().minus(limits.getTransactionWindow()), r.submittedAt())
                    .map(CounterTransactionStore.TransactionRef::id).orElse(null);
        }
        if (transactionId != null) {
            if (!transactions.claimTransaction(transactionId, r.id())) {
                flag = FlagReason.DUPLICATE_TRANSACTION;
            }
        } else if (r.kioskId() != null) {
            KioskLimits.Decision decision = kioskLimits.decide(r);
            countedAt = decision.countedAt();
            flag = decision.flag();
        }
        if (flag == null && r.dossierCode() != null && store.dossierRated(r.dossierCode())) {
            flag = FlagReason.DOSSIER_ALREADY_RATED;
        }
        NewRating stored = r.withOutcome(transactionId, countedAt, flag);
        store.insert(stored);
        events.publishEvent(RatingRecorded.of(stored));
        if (flag == null) {
            counted.publishEvent(new RatingsCounted(List.of(CountedRating.of(stored))));
        }
        if (stored.contactPhone() != null || stored.contactRequested()) {
            contacts.publishEvent(new RatingLeftContact(stored.id(), stored.unitId(), stored.channel().name(),
                    stored.score(), stored.flag() != null, stored.contactPhone(), stored.contactRequested(),
                    stored.counterId(), stored.officerId(), stored.procedureId(), stored.dossierCode(),
                    stored.comment(), stored.submittedAt()));
        }
        return flag;
    }
}
