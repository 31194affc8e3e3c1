package vn.hailong.metrics.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the rollups need of one counted rating. */
public record RatingFacts(long ratingId, long unitId, LocalDate localDate, String channel, int score, Long counterId,
                          Long officerId, Long procedureId, String applicantType,
                          List<String> reasons, Map<String, Integer> answers) {

    public RatingFacts {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
