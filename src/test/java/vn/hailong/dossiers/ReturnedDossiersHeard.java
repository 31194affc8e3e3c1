package vn.hailong.dossiers;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every {@link DossierReturned} whose transaction committed, as a listener (the invitations) would hear it. */
@Singleton
public class ReturnedDossiersHeard {

    private final List<DossierReturned> heard = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void returned(DossierReturned e) {
        heard.add(e);
    }

    public List<DossierReturned> of(String code) {
        return heard.stream().filter(e -> e.code().equals(code)).toList();
    }
}
