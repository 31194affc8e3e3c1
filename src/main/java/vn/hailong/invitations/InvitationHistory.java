package vn.hailong.invitations;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.phone.PhoneNumber;

import java.util.List;

/** Loads invitations of the past in bulk (demo history), beside the dossiers they invited to rate. */
@Singleton
public class InvitationHistory {

    static final int BATCH = 500;

    private final Store store;

    InvitationHistory(Store store) {
        this.store = store;
    }

    /** An invitation as it was sent, to this number. */
    public record Sent(Invitation invitation, PhoneNumber phone) {
    }

    @Transactional
    public long append(List<Sent> invitations) {
        for (int from = 0; from < invitations.size(); from += BATCH) {
            store.insertAll(invitations.subList(from, Math.min(invitations.size(), from + BATCH)));
        }
        return invitations.size();
    }

    /** Multi-row inserts; SQL in {@code invitations.persistence}. */
    public interface Store {
        void insertAll(List<Sent> invitations);
    }
}
