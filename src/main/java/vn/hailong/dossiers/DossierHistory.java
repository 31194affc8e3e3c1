package vn.hailong.dossiers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Loads dossiers of the past in bulk (the demo's year of dossiers), as the feed would have stored them, without the
 * feed's per-report checks, merge and events: the caller is trusted code describing history. A rating invitation or
 * an apology of such a dossier is loaded by its own feature's history.
 */
@Singleton
public class DossierHistory {

    static final int BATCH = 500;

    private final Store store;

    DossierHistory(Store store) {
        this.store = store;
    }

    public boolean exists(String codePrefix) {
        return store.anyCodeStartingWith(codePrefix);
    }

    /** Stores all the dossiers in one transaction (all or nothing). */
    @Transactional
    public long append(Iterator<Dossier> dossiers) {
        List<Dossier> batch = new ArrayList<>(BATCH);
        long stored = 0;
        while (dossiers.hasNext()) {
            batch.add(dossiers.next());
            if (batch.size() == BATCH) {
                store.insertAll(batch);
                stored += batch.size();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            store.insertAll(batch);
            stored += batch.size();
        }
        return stored;
    }

    /** Multi-row inserts of history; SQL in {@code dossiers.persistence}. */
    public interface Store {

        boolean anyCodeStartingWith(String prefix);

        void insertAll(List<Dossier> dossiers);
    }
}
