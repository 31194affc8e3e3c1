package vn.hailong.invitations;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.Optional;

/** Table rating_invitations; SQL in {@code invitations.persistence}. */
public interface InvitationStore {

    /** @return false when the dossier has an invitation already (uq on dossier_id): nothing is written then */
    boolean insertIfAbsent(Invitation invitation, PhoneNumber phone);

    Optional<Invitation> byToken(String token);

    Optional<Invitation> byDossier(long dossierId);

    /** The latest invitation sent to this number at or after {@code since}. */
    Optional<Invitation> lastTo(PhoneNumber phone, Instant since);

    /** Records the first rating given through the invitation; later ones leave it as it is. */
    void markRated(long invitationId, long ratingId, Instant at);
}
