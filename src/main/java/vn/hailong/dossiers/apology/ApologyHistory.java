package vn.hailong.dossiers.apology;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Loads apologies of the past in bulk (demo history), beside dossiers loaded by {@code DossierHistory} that already
 * carry the re-scheduled appointment: no rules, no SMS — the caller describes what happened.
 */
@Singleton
public class ApologyHistory {

    static final int BATCH = 500;

    private final Store store;

    ApologyHistory(Store store) {
        this.store = store;
    }

    @Transactional
    public long append(List<Apology> apologies) {
        for (int from = 0; from < apologies.size(); from += BATCH) {
            store.insertAll(apologies.subList(from, Math.min(apologies.size(), from + BATCH)));
        }
        return apologies.size();
    }

    /** Multi-row inserts; SQL in {@code dossiers.apology.persistence}. */
    public interface Store {
        void insertAll(List<Apology> apologies);
    }
}
