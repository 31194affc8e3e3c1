package vn.hailong.invitations.cards;

import java.time.Instant;

/**
 * A printed QR card on a counter or with an officer (exactly one of {@code counterId}, {@code officerId}): its
 * {@code token} makes the link /danh-gia/q/&lt;token&gt;.
 */
public record RatingCard(long id, long unitId, Long counterId, Long officerId, String token, Instant createdAt,
                         String createdBy, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
