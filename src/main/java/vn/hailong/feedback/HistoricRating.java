package vn.hailong.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One rating of the past, loaded in bulk (demo history): the same facts a citizen gives through the API, already
 * resolved to directory ids. {@code key} is its idempotency key; keys of one load share a prefix by which the load
 * can be recognised later.
 */
public record HistoricRating(String key, Channel channel, long unitId, int score, Long counterId, Long officerId,
                             Long procedureId, Long kioskId, List<Reason> reasons, String comment,
                             Instant submittedAt, Instant receivedAt, Map<String, Integer> answers,
                             ApplicantType applicantType, String instrumentCode, String dossierCode) {

    /** A rating of the past that rates no dossier. */
    public HistoricRating(String key, Channel channel, long unitId, int score, Long counterId, Long officerId,
                          Long procedureId, Long kioskId, List<Reason> reasons, String comment,
                          Instant submittedAt, Instant receivedAt, Map<String, Integer> answers,
                          ApplicantType applicantType, String instrumentCode) {
        this(key, channel, unitId, score, counterId, officerId, procedureId, kioskId, reasons, comment, submittedAt,
                receivedAt, answers, applicantType, instrumentCode, null);
    }

    /** A rating of the past without applicant type or instrument (its answers' instrument is not recorded). */
    public HistoricRating(String key, Channel channel, long unitId, int score, Long counterId, Long officerId,
                          Long procedureId, Long kioskId, List<Reason> reasons, String comment,
                          Instant submittedAt, Instant receivedAt, Map<String, Integer> answers) {
        this(key, channel, unitId, score, counterId, officerId, procedureId, kioskId, reasons, comment, submittedAt,
                receivedAt, answers, null, null, null);
    }

    public HistoricRating {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5: " + score);
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
