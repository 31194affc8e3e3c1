package vn.hailong.feedback;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated rating ready to be stored. Built once by intake (or history); what changes on the way to the row
 * (a new id after a clash, the transaction it bound to, when the kiosk limits count it and its flag) is set with the {@code with…} methods, so that
 * the field list is written out here only.
 *
 * @param contactPhone     the number the citizen left to be called back on, never stored with the rating:
 *                         it only travels in {@link vn.hailong.shared.events.RatingLeftContact} to a follow-up case
 * @param contactRequested the citizen asked to be contacted
 * @param applicantType    who the citizen came as, null when not asked
 * @param instrumentCode   the survey instrument the answers were given on, null without answers
 */
public record NewRating(long id, long unitId, Channel channel, int score, Long counterId, Long officerId,
                        Long procedureId, String dossierCode, Long kioskId, Long transactionId, List<Reason> reasons,
                        String comment, Instant submittedAt, Instant receivedAt, Instant countedAt,
                        LocalDate localDate, String idempotencyScope, String idempotencyKey, String bodyHash, Long tokenId, FlagReason flag,
                        Map<String, Integer> answers, PhoneNumber contactPhone, boolean contactRequested,
                        ApplicantType applicantType, String instrumentCode) {

    /** The same rating under another id (the first one was taken). */
    public NewRating withId(long newId) {
        return new NewRating(newId, unitId, channel, score, counterId, officerId, procedureId, dossierCode, kioskId,
                transactionId, reasons, comment, submittedAt, receivedAt, countedAt, localDate, idempotencyScope,
                idempotencyKey, bodyHash, tokenId, flag, answers, contactPhone, contactRequested, applicantType, instrumentCode);
    }

    /**
     * The same rating bound to the served citizen's transaction (or none), counted by the kiosk limits at
     * {@code limitsCountedAt} (null when they do not apply) and flagged for a reason (or not).
     */
    public NewRating withOutcome(Long boundTransactionId, Instant limitsCountedAt, FlagReason flagReason) {
        return new NewRating(id, unitId, channel, score, counterId, officerId, procedureId, dossierCode, kioskId,
                boundTransactionId, reasons, comment, submittedAt, receivedAt, limitsCountedAt, localDate,
                idempotencyScope, idempotencyKey, bodyHash, tokenId, flagReason, answers, contactPhone, contactRequested, applicantType, instrumentCode);
    }
}
