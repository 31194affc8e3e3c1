package vn.hailong.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rating as the client sent it (product.md §4.4), before validation. Everything but the score may be null.
 * {@link #fingerprint()} identifies the body for idempotency: the same key with another body is a conflict.
 */
public record RatingSubmission(Integer score, String channel, String unitCode, String counterCode, String officerCode,
                               String procedureCode, String dossierCode, Map<String, Integer> answers, String comment,
                               OffsetDateTime submittedAt, List<String> reasons, Long transactionId) {

    public String fingerprint() {
        // a canonical form: fixed field order, answers sorted, the instant normalised (offsets may differ in form)
        return String.join("\u001f",
                String.valueOf(score), String.valueOf(channel), String.valueOf(unitCode), String.valueOf(counterCode),
                String.valueOf(officerCode), String.valueOf(procedureCode), String.valueOf(dossierCode),
                String.valueOf(answers == null ? null : new TreeMap<>(answers)), String.valueOf(comment),
                String.valueOf(submittedAt == null ? null : submittedAt.toInstant()), String.valueOf(reasons),
                String.valueOf(transactionId));
    }
}
