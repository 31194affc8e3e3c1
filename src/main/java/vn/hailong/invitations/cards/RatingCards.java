package vn.hailong.invitations.cards;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.RatingIntake;
import vn.hailong.feedback.RatingReceipt;
import vn.hailong.feedback.RatingSubmission;
import vn.hailong.invitations.InvitationTokens;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * QR cards for walk-up ratings (issue 11 item 9): an admin or a unit manager makes one for a counter or an officer of
 * a unit in scope, prints it, and revokes it when it is lost or the officer leaves. A rating through a card is a WEB
 * rating of that counter or officer, without a dossier; the page applies the card's limits before it gets here.
 */
@Singleton
public class RatingCards {

    private final RatingCardStore store;
    private final Directory directory;
    private final UnitScope scope;
    private final RatingIntake intake;
    private final TimeOrderedIds ids;
    private final Clock clock;
    private final InvitationTokens tokens = new InvitationTokens();

    RatingCards(RatingCardStore store, Directory directory, UnitScope scope, RatingIntake intake, TimeOrderedIds ids,
                Clock clock) {
        this.store = store;
        this.directory = directory;
        this.scope = scope;
        this.intake = intake;
        this.ids = ids;
        this.clock = clock;
    }

    /** Every card of the actor's units, newest first. */
    public List<RatingCard> list(Actor actor) {
        return store.ofUnits(scope.subtreeIds(actor));
    }

    /** A new card for the counter or (when {@code counterCode} is blank) the officer with that code. */
    @Transactional
    public RatingCard create(Actor actor, String counterCode, String officerCode) {
        RatingCard card;
        if (counterCode != null && !counterCode.isBlank()) {
            Counter counter = directory.counterByCode(counterCode.strip()).filter(Counter::active)
                    .orElseThrow(() -> RuleViolation.invalid("target", "invitations.cards.error.unknown"));
            scope.requireWritable(actor, counter.unitId());
            card = new RatingCard(ids.next(), counter.unitId(), counter.id(), null, tokens.next(), clock.instant(),
                    actor.name(), null);
        } else if (officerCode != null && !officerCode.isBlank()) {
            Officer officer = directory.officerByCode(officerCode.strip()).filter(Officer::active)
                    .orElseThrow(() -> RuleViolation.invalid("target", "invitations.cards.error.unknown"));
            scope.requireWritable(actor, officer.unitId());
            card = new RatingCard(ids.next(), officer.unitId(), null, officer.id(), tokens.next(), clock.instant(),
                    actor.name(), null);
        } else {
            throw RuleViolation.invalid("target", "invitations.cards.error.target");
        }
        store.insert(card);
        return card;
    }

    @Transactional
    public RatingCard revoke(Actor actor, long id) {
        RatingCard card = store.byId(id).filter(c -> scope.covers(actor, c.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("invitations.cards.error.notFound"));
        store.revoke(id, clock.instant());
        return card;
    }

    /** A card that may be rated through: known and not revoked. */
    public Optional<RatingCard> live(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return store.byToken(token).filter(c -> !c.revoked());
    }

    /** A walk-up rating through the card, idempotent by the page's form key. */
    public RatingReceipt rate(RatingCard card, int score, Map<String, Integer> answers, String comment,
                              String idempotencyKey) {
        Actor actor = new Actor(Actor.Kind.TOKEN, 0, "rating-card", Role.INTEGRATION, card.unitId(), null);
        String unitCode = directory.unitById(card.unitId()).map(Unit::code).orElseThrow();
        String counterCode = card.counterId() == null ? null
                : directory.counterById(card.counterId()).map(Counter::code).orElse(null);
        String officerCode = card.officerId() == null ? null
                : directory.officerById(card.officerId()).map(Officer::code).orElse(null);
        return intake.submit(actor, idempotencyKey, new RatingSubmission(score, Channel.WEB.name(), unitCode,
                counterCode, officerCode, null, null, answers, comment, null, null, null));
    }
}
