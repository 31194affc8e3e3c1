package vn.hailong.invitations.replies;

import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.RatingReceipt;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationStore;
import vn.hailong.invitations.InvitedRatings;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OptOuts;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Does what a reply asks: rates the sender's last invited dossier, files a complaint, opts the number out, or owes
 * the help text. Every effect is idempotent by the message ({@code "sms:" + MessageSid}: the rating's idempotency
 * key, the complaint's key in HaiLong's own scope; an opt-out twice is one), so a retried attempt does nothing twice.
 */
@Singleton
class ReplyActions {

    /** The complaint's filer in its audit trail and its idempotency scope ({@code system:sms}). */
    static final String FILER = "sms";
    static final String OPT_OUT_SOURCE = "SMS";

    private final InvitationStore invitations;
    private final InvitedRatings ratings;
    private final ComplaintIntake complaints;
    private final OptOuts optOuts;
    private final Directory directory;
    private final InboundSettings settings;

    ReplyActions(InvitationStore invitations, InvitedRatings ratings, ComplaintIntake complaints, OptOuts optOuts,
                 Directory directory, InboundSettings settings) {
        this.invitations = invitations;
        this.ratings = ratings;
        this.complaints = complaints;
        this.optOuts = optOuts;
        this.directory = directory;
        this.settings = settings;
    }

    Handled act(String messageSid, PhoneNumber from, String body, Instant receivedAt) {
        if (from == null) {
            return Handled.only(Outcome.UNKNOWN_SENDER, null);
        }
        String key = "sms:" + messageSid;
        ReplyCommand command = ReplyParser.parse(body);
        if (command instanceof ReplyCommand.Rate rate) {
            return rate(from, rate, receivedAt, key);
        }
        if (command instanceof ReplyCommand.Complain complain) {
            return complain(from, complain.text(), receivedAt, key);
        }
        if (command instanceof ReplyCommand.Stop) {
            optOuts.optOut(from, OPT_OUT_SOURCE);
            return Handled.only(Outcome.OPTED_OUT, ReplyKind.STOPPED);
        }
        return Handled.only(Outcome.HELP, ReplyKind.HELP);
    }

    private Handled rate(PhoneNumber from, ReplyCommand.Rate rate, Instant receivedAt, String key) {
        Optional<Invitation> invitation = lastInvitation(from, receivedAt);
        if (invitation.isEmpty()) {
            return Handled.only(Outcome.NO_DOSSIER, ReplyKind.NO_DOSSIER);
        }
        Invitation inv = invitation.get();
        RatingReceipt receipt = ratings.rate(inv, Channel.SMS, rate.score(), null, rate.comment(), receivedAt, key);
        return new Handled(Outcome.RATED, ReplyKind.THANKS, Map.of("score", String.valueOf(rate.score())),
                inv.dossierCode(), inv.unitId(), Long.valueOf(receipt.id()), null);
    }

    private Handled complain(PhoneNumber from, String text, Instant receivedAt, String key) {
        Optional<Invitation> inv = lastInvitation(from, receivedAt);
        String unitCode = inv.flatMap(i -> directory.unitById(i.unitId())).map(Unit::code).orElse(null);
        String dossierCode = inv.map(Invitation::dossierCode).orElse(null);
        ComplaintIntake.Filed filed = complaints.fileForHaiLong(FILER, key, new ComplaintIntake.Submission(
                "PHAN_ANH", text, unitCode, null, from.e164(), dossierCode, "SMS"), ComplaintIntake.Origin.NONE);
        return new Handled(Outcome.COMPLAINT_FILED, ReplyKind.COMPLAINT, Map.of("tracking", filed.trackingCode()),
                dossierCode, inv.map(Invitation::unitId).orElse(null), null, filed.trackingCode());
    }

    private Optional<Invitation> lastInvitation(PhoneNumber from, Instant receivedAt) {
        return invitations.lastTo(from, receivedAt.minus(settings.getRatingWindow()));
    }
}
