package vn.hailong.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.security.Actor;

import java.time.Clock;
import java.time.Instant;

/**
 * "Next citizen" at a counter: the queue or one-stop software (or the officer's button) says whom the counter
 * serves now; a kiosk rating at that counter binds to it, so one served citizen gives one counted rating.
 */
@Singleton
public class CounterTransactions {

    public record Opened(String id, String counterCode, String ticket, Instant openedAt) {
    }

    private final Directory directory;
    private final UnitScope scope;
    private final RatingStore store;
    private final TimeOrderedIds ids;
    private final Clock clock;

    CounterTransactions(Directory directory, UnitScope scope, RatingStore store, TimeOrderedIds ids, Clock clock) {
        this.directory = directory;
        this.scope = scope;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public Opened next(Actor actor, String counterCode, String ticket, String dossierCode) {
        Counter counter = directory.counterByCode(counterCode).filter(c -> scope.covers(actor, c.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("Không tìm thấy quầy " + counterCode + " (counter not found)."));
        if (ticket == null || ticket.isBlank() || ticket.length() > 32) {
            throw RuleViolation.invalid("ticket", "Số thứ tự ticket dài 1 đến 32 ký tự (ticket must be 1..32 characters).");
        }
        if (dossierCode != null && (dossierCode.isBlank() || dossierCode.length() > 64)) {
            throw RuleViolation.invalid("dossierCode", "Mã hồ sơ dài 1 đến 64 ký tự (dossierCode must be 1..64 characters).");
        }
        long id = ids.next();
        Instant now = clock.instant();
        store.insertTransaction(id, counter.id(), counter.unitId(), ticket.strip(), dossierCode, now, actor.name());
        return new Opened(Long.toString(id), counter.code(), ticket.strip(), now);
    }
}
