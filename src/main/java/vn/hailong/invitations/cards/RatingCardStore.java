package vn.hailong.invitations.cards;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Table rating_cards; SQL in {@code invitations.persistence}. */
public interface RatingCardStore {

    void insert(RatingCard card);

    Optional<RatingCard> byId(long id);

    Optional<RatingCard> byToken(String token);

    /** The cards of these units, newest first, revoked ones too. */
    List<RatingCard> ofUnits(Collection<Long> unitIds);

    /** @return false when the card was revoked already */
    boolean revoke(long id, Instant at);
}
