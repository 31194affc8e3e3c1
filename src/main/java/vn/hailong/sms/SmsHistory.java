package vn.hailong.sms;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.List;

/**
 * Loads messages of the past in bulk (the demo's year of invitations and apologies) as delivered rows of the outbox,
 * so that the messages page and the response rate show a history; nothing is sent.
 */
@Singleton
public class SmsHistory {

    static final int BATCH = 500;

    private final Store store;

    SmsHistory(Store store) {
        this.store = store;
    }

    /** A message that was delivered: its outbox id, dedupe key, rendered body and moments. */
    public record Delivered(long id, String dedupeKey, SmsPurpose purpose, Long unitId, PhoneNumber to, String body,
                            Instant queuedAt, Instant sentAt) {
    }

    @Transactional
    public long append(List<Delivered> messages) {
        for (int from = 0; from < messages.size(); from += BATCH) {
            store.insertAll(messages.subList(from, Math.min(messages.size(), from + BATCH)));
        }
        return messages.size();
    }

    /** Multi-row inserts; SQL in {@code sms.persistence}. */
    public interface Store {
        void insertAll(List<Delivered> messages);
    }
}
