package vn.hailong.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rating as the client sent it (product.md §4.4), before validation. Everything but the score may be null.
 * {@link #fingerprint()} identifies the body for idempotency: the same key with another body is a conflict.
 *
 * @param phone            a number to be called back on (a follow-up of an unhappy rating); not part of
 *                         {@link #fingerprint()}, intake adds a keyed fingerprint of it
 * @param contactRequested the citizen asks to be contacted
 * @param applicantType    INDIVIDUAL or ORGANISATION, optional
 */
public record RatingSubmission(Integer score, String channel, String unitCode, String counterCode, String officerCode,
                               String procedureCode, String dossierCode, Map<String, Integer> answers, String comment,
                               OffsetDateTime submittedAt, List<String> reasons, Long transactionId, String phone,
                               Boolean contactRequested, String applicantType) {

    public RatingSubmission(Integer score, String channel, String unitCode, String counterCode, String officerCode,
                            String procedureCode, String dossierCode, Map<String, Integer> answers, String comment,
                            OffsetDateTime submittedAt, List<String> reasons, Long transactionId, String phone,
                            Boolean contactRequested) {
        this(score, channel, unitCode, counterCode, officerCode, procedureCode, dossierCode, answers, comment,
                submittedAt, reasons, transactionId, phone, contactRequested, null);
    }

    public RatingSubmission(Integer score, String channel, String unitCode, String counterCode, String officerCode,
                            String procedureCode, String dossierCode, Map<String, Integer> answers, String comment,
                            OffsetDateTime submittedAt, List<String> reasons, Long transactionId) {
        this(score, channel, unitCode, counterCode, officerCode, procedureCode, dossierCode, answers, comment,
                submittedAt, reasons, transactionId, null, null);
    }

    public String fingerprint() {
        // a canonical form: fixed field order, answers sorted, the instant normalised (offsets may differ in form)
        String base = String.join("\u001f",
                String.valueOf(score), String.valueOf(channel), String.valueOf(unitCode), String.valueOf(counterCode),
                String.valueOf(officerCode), String.valueOf(procedureCode), String.valueOf(dossierCode),
                String.valueOf(answers == null ? null : new TreeMap<>(answers)), String.valueOf(comment),
                String.valueOf(submittedAt == null ? null : submittedAt.toInstant()), String.valueOf(reasons),
                String.valueOf(transactionId));
        // the same fingerprint as before these fields existed when they are not used, so replays still match
        String withContact = contactRequested == null ? base : base + "\u001fcontact=" + contactRequested;
        return applicantType == null ? withContact : withContact + "\u001fapplicant=" + applicantType;
    }
}
