package vn.hailong.dossiers;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Folds one checked report into its dossier in one transaction, holding the dossier's row lock, and publishes
 * {@link DossierReturned} in that transaction when the report is the first to set {@code returnedAt}.
 */
@Singleton
class DossierRecorder {

    /** What one report did. */
    record Recorded(Dossier dossier, boolean created) {
    }

    private final DossierStore store;
    private final UnitScope scope;
    private final TimeOrderedIds ids;
    private final ApplicationEventPublisher<DossierReturned> events;
    private final Clock clock;

    DossierRecorder(DossierStore store, UnitScope scope, TimeOrderedIds ids,
                    ApplicationEventPublisher<DossierReturned> events, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Recorded record(Actor actor, DossierReport report) {
        Instant now = clock.instant();
        Long tokenId = actor.kind() == Actor.Kind.TOKEN ? actor.id() : null;
        Optional<Dossier> stored = store.lockByCode(report.code());
        if (stored.isEmpty()) {
            Dossier created = DossierMerge.create(ids.next(), report);
            store.insert(created, now, tokenId);
            if (created.returned()) {
                events.publishEvent(returned(created));
            }
            return new Recorded(created, true);
        }
        // a token may not take over (or even touch) a dossier of a unit outside its subtree
        scope.requireWritable(actor, stored.get().unitId());
        DossierMerge.Outcome outcome = DossierMerge.merge(stored.get(), report);
        if (outcome.changed()) {
            store.update(outcome.dossier(), now, tokenId);
        }
        if (outcome.returnedNow()) {
            events.publishEvent(returned(outcome.dossier()));
        }
        return new Recorded(outcome.dossier(), false);
    }

    private static DossierReturned returned(Dossier d) {
        return new DossierReturned(d.id(), d.code(), d.unitId(), d.counterId(), d.officerId(), d.procedureId(),
                d.phone(), d.returnedAt());
    }
}
