package vn.hailong.invitations;

import java.time.Instant;

/**
 * The one rating invitation of a returned dossier: reachable by its unguessable {@code token} (the link
 * /danh-gia/&lt;token&gt;) and by the citizen's phone (an SMS reply rates the last invited dossier).
 *
 * @param ratingId the first rating given through it, or null
 */
public record Invitation(long id, long dossierId, String dossierCode, long unitId, Long counterId, Long officerId,
                         Long procedureId, String token, Instant invitedAt, Long ratingId, Instant ratedAt) {

    public boolean rated() {
        return ratingId != null;
    }
}
