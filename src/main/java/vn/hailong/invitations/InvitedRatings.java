package vn.hailong.invitations;

import jakarta.inject.Singleton;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.RatingIntake;
import vn.hailong.feedback.RatingReceipt;
import vn.hailong.feedback.RatingSubmission;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A citizen rates an invited dossier (an SMS reply or the link page): the rating goes through the ordinary intake,
 * bound to the dossier's unit, counter, officer and procedure, idempotent by the caller's key (the SMS's MessageSid,
 * the page's form key). The first rating is recorded on the invitation; a later one for the same dossier is kept
 * but flagged by the intake, whichever channel brought it.
 */
@Singleton
public class InvitedRatings {

    private final RatingIntake intake;
    private final Directory directory;
    private final InvitationStore invitations;
    private final Clock clock;

    InvitedRatings(RatingIntake intake, Directory directory, InvitationStore invitations, Clock clock) {
        this.intake = intake;
        this.directory = directory;
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * @param at when the citizen rated (an SMS's time); null: now, by the server's clock, and left out of the
     *           body, so that a page submitted twice with its form key is the same submission both times
     */
    public RatingReceipt rate(Invitation inv, Channel channel, int score, Map<String, Integer> answers,
                              String comment, Instant at, String idempotencyKey) {
        Actor actor = new Actor(Actor.Kind.TOKEN, 0, "invitation", Role.INTEGRATION, inv.unitId(), null);
        RatingSubmission s = new RatingSubmission(score, channel.name(),
                directory.unitById(inv.unitId()).map(Unit::code).orElseThrow(),
                inv.counterId() == null ? null : directory.counterById(inv.counterId()).map(Counter::code).orElse(null),
                inv.officerId() == null ? null : directory.officerById(inv.officerId()).map(Officer::code).orElse(null),
                inv.procedureId() == null ? null
                        : directory.procedureById(inv.procedureId()).map(Procedure::code).orElse(null),
                inv.dossierCode(), answers, comment,
                at == null ? null : at.atZone(ClockFactory.VIETNAM).toOffsetDateTime(), null, null);
        RatingReceipt receipt = intake.submit(actor, idempotencyKey, s);
        // on a replay too: a crash between the rating and this mark would otherwise leave the invitation unrated
        if (!receipt.flagged()) {
            invitations.markRated(inv.id(), Long.parseLong(receipt.id()), at == null ? clock.instant() : at);
        }
        return receipt;
    }
}
