package vn.hailong.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rating as the figures count it: what it rated, when (local date) and the answers, without the citizen's words
 * or anything personal. Published in {@link RatingsCounted} when a rating starts to count, and read back by
 * {@link CountedRatings} when the figures are rebuilt from the raw ratings.
 *
 * @param applicantType null when not asked
 * @param answers       criterion code → answer 1..5
 */
public record CountedRating(long ratingId, long unitId, LocalDate localDate, Channel channel, int score,
                            Long counterId, Long officerId, Long procedureId, ApplicantType applicantType,
                            List<Reason> reasons, Map<String, Integer> answers) {

    public CountedRating {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    static CountedRating of(NewRating r) {
        return new CountedRating(r.id(), r.unitId(), r.localDate(), r.channel(), r.score(), r.counterId(),
                r.officerId(), r.procedureId(), r.applicantType(), r.reasons(), r.answers());
    }
}
