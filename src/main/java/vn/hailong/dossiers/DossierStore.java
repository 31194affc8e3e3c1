package vn.hailong.dossiers;

import java.time.Instant;
import java.util.Optional;

/** The feed's writes to the dossiers table; SQL in {@code dossiers.persistence}. Runs in the caller's transaction. */
public interface DossierStore {

    /** The dossier with this code, locked until the transaction ends (the next report of it waits). */
    Optional<Dossier> lockByCode(String code);

    /** @throws Contention when another transaction stored the same code (or drew the same id) meanwhile */
    void insert(Dossier d, Instant at, Long tokenId);

    void update(Dossier d, Instant at, Long tokenId);

    /**
     * Two reports of one dossier met (the same new code inserted twice at once, a deadlock between their locks, or an
     * id drawn twice): the transaction is rolled back and the report is tried again, when it finds the stored row.
     */
    final class Contention extends RuntimeException {
        public Contention(Throwable cause) {
            super("concurrent report of one dossier", cause, false, false);
        }
    }
}
