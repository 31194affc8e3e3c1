package vn.hailong.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A validated rating ready to be stored. */
public record NewRating(long id, long unitId, Channel channel, int score, Long counterId, Long officerId,
                        Long procedureId, String dossierCode, Long kioskId, Long transactionId, List<Reason> reasons,
                        String comment, Instant submittedAt, Instant receivedAt, LocalDate localDate,
                        String idempotencyScope, String idempotencyKey, String bodyHash, Long tokenId, FlagReason flag,
                        Map<String, Integer> answers) {
}
