package vn.hailong.feedback;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.ids.Digests;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.time.ClockFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Loads ratings of the past in bulk (the demo's year of kiosk and counter ratings), fast: batches of multi-row
 * INSERTs instead of one {@link RatingIntake} call per rating. The rows are the ones the API writes (same columns,
 * {@code local_date} in Asia/Ho_Chi_Minh, not flagged), so they count in the figures exactly like submitted ones.
 * What the API checks per rating (directory, scope, kiosk limits, served-citizen binding) is the caller's job: the
 * caller is trusted code describing history, not a device.
 */
@Singleton
public class RatingHistory {

    /** Idempotency scope of loaded history (imports, demo): its keys never meet a live client's. */
    public static final String HISTORY_SCOPE = "history";

    static final int BATCH = 1000;

    private final RatingHistoryStore store;
    private final ApplicationEventPublisher<RatingsCounted> counted;

    RatingHistory(RatingHistoryStore store, ApplicationEventPublisher<RatingsCounted> counted) {
        this.store = store;
        this.counted = counted;
    }

    private void insert(List<NewRating> batch) {
        store.insertAll(batch);
        counted.publishEvent(new RatingsCounted(batch.stream().map(CountedRating::of).toList()));
    }

    public boolean exists(String keyPrefix) {
        return store.anyKeyStartingWith(keyPrefix);
    }

    public long count(String keyPrefix) {
        return store.countKeysStartingWith(keyPrefix);
    }

    /** Which of these idempotency keys some loaded rating already has (e.g. paper forms imported before). */
    public Set<String> existingKeys(Collection<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += BATCH) {
            found.addAll(store.keysAmong(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return found;
    }

    /**
     * Appends all the ratings in one transaction (all or nothing: an interrupted load leaves no half year behind).
     * The ratings must come in order of {@code submittedAt}; their keys are {@link TimeOrderedIds#historical} of
     * that moment, so a re-load of the same history gives the same keys.
     *
     * @return how many ratings were stored
     */
    @Transactional
    public long append(Iterator<HistoricRating> ratings) {
        return append(ratings, 0);
    }

    /**
     * As {@link #append(Iterator)}, with the per-millisecond sequence of the keys starting at {@code firstSequence}:
     * a second load of history beside the first (SMS ratings beside kiosk ones) takes another range, so that two
     * ratings of the same millisecond in the two loads never get the same key.
     */
    @Transactional
    public long append(Iterator<HistoricRating> ratings, int firstSequence) {
        List<NewRating> batch = new ArrayList<>(BATCH);
        long lastMs = Long.MIN_VALUE;
        int sequence = firstSequence;
        long stored = 0;
        while (ratings.hasNext()) {
            HistoricRating r = ratings.next();
            long ms = r.submittedAt().toEpochMilli();
            if (ms < lastMs) {
                throw new IllegalArgumentException("Historic ratings must come in time order; " + r.key()
                        + " is earlier than the rating before it.");
            }
            sequence = ms == lastMs ? sequence + 1 : firstSequence;
            lastMs = ms;
            batch.add(new NewRating(TimeOrderedIds.historical(ms, sequence), r.unitId(), r.channel(), r.score(),
                    r.counterId(), r.officerId(), r.procedureId(), r.dossierCode(), r.kioskId(), null, r.reasons(), r.comment(),
                    r.submittedAt(), r.receivedAt(), r.kioskId() == null ? null : r.submittedAt(),
                    r.submittedAt().atZone(ClockFactory.VIETNAM).toLocalDate(),
                    HISTORY_SCOPE, r.key(), Digests.sha256(r.key()), null, null, r.answers(), null, false,
                    r.applicantType(), r.instrumentCode()));
            if (batch.size() == BATCH) {
                insert(batch);
                stored += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            insert(batch);
            stored += batch.size();
        }
        return stored;
    }
}
