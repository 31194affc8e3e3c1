package vn.hailong.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rating was stored (flagged or not), published inside the storing transaction: what later features react to
 * (rollups, SMS, follow-up) instead of intake calling them. See {@code package-info} for how to listen.
 */
public record RatingRecorded(long ratingId, long unitId, Channel channel, int score, Long counterId, Long officerId,
                             Long procedureId, Long kioskId, Long transactionId, FlagReason flag, LocalDate localDate,
                             Instant submittedAt, Instant receivedAt) {

    static RatingRecorded of(NewRating r) {
        return new RatingRecorded(r.id(), r.unitId(), r.channel(), r.score(), r.counterId(), r.officerId(),
                r.procedureId(), r.kioskId(), r.transactionId(), r.flag(), r.localDate(), r.submittedAt(),
                r.receivedAt());
    }

    public boolean counted() {
        return flag == null;
    }
}
