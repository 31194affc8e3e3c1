package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.ApplicantType;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.CountedRating;
import vn.hailong.feedback.CountedRatings;
import vn.hailong.feedback.Reason;
import vn.hailong.shared.persistence.Columns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counted ratings read back in SQL. A rebuild reads them in primary-key order, a range at a time, and the answers of
 * the range in theirs: two sequential scans, where a look-up per rating (by unit, or of its answers) costs a random
 * read each once the ratings no longer fit in memory.
 */
@Singleton
@Transactional(readOnly = true)
class JdbcCountedRatings implements CountedRatings {

    private static final String COLUMNS = """
            SELECT r.id, r.unit_id, r.local_date, r.channel, r.score, r.counter_id, r.officer_id, r.procedure_id,
              r.applicant_type, r.reasons,
              (SELECT GROUP_CONCAT(a.criterion_code, ':', a.score SEPARATOR ',') FROM rating_answers a
               WHERE a.rating_id = r.id) AS answers
            FROM ratings r""";
    private static final String RANGE_COLUMNS = """
            SELECT r.id, r.unit_id, r.local_date, r.channel, r.score, r.counter_id, r.officer_id, r.procedure_id,
              r.applicant_type, r.reasons
            FROM ratings r""";
    private static final String COUNTS = "(r.flagged = FALSE OR r.released_at IS NOT NULL)";

    private final JdbcOperations jdbc;

    JdbcCountedRatings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CountedRating> countedFrom(long fromId, int limit) {
        List<CountedRating> ratings = jdbc.prepareStatement(RANGE_COLUMNS + " WHERE r.id >= ? AND " + COUNTS
                + " ORDER BY r.id LIMIT ?", ps -> {
            ps.setLong(1, fromId);
            ps.setInt(2, limit);
            ps.setFetchSize(Integer.MIN_VALUE); // Connector/J streams the rows instead of loading them all first
            List<CountedRating> read = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read.add(row(rs, Map.of()));
                }
            }
            return read;
        });
        if (!ratings.isEmpty()) {
            Map<Long, Map<String, Integer>> answers = answersBetween(ratings.get(0).ratingId(),
                    ratings.get(ratings.size() - 1).ratingId());
            ratings.replaceAll(r -> answers.containsKey(r.ratingId()) ? withAnswers(r, answers.get(r.ratingId())) : r);
        }
        return ratings;
    }

    private static CountedRating withAnswers(CountedRating r, Map<String, Integer> answers) {
        return new CountedRating(r.ratingId(), r.unitId(), r.localDate(), r.channel(), r.score(), r.counterId(),
                r.officerId(), r.procedureId(), r.applicantType(), r.reasons(), answers);
    }

    /** The answers of the ratings with ids in the range, read in primary-key order (no look-up per rating). */
    private Map<Long, Map<String, Integer>> answersBetween(long fromId, long toId) {
        return jdbc.prepareStatement("SELECT rating_id, criterion_code, score FROM rating_answers"
                + " WHERE rating_id BETWEEN ? AND ? ORDER BY rating_id", ps -> {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            ps.setFetchSize(Integer.MIN_VALUE);
            Map<Long, Map<String, Integer>> answers = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answers.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
            return answers;
        });
    }

    @Override
    public Optional<CountedRating> counted(long ratingId) {
        return jdbc.prepareStatement(COLUMNS + " WHERE r.id = ? AND " + COUNTS, ps -> {
            ps.setLong(1, ratingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs, answers(rs.getString(11)))) : Optional.<CountedRating>empty();
            }
        });
    }

    private static CountedRating row(ResultSet rs, Map<String, Integer> answers) throws SQLException {
        String applicant = rs.getString(9);
        return new CountedRating(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                Channel.valueOf(rs.getString(4)), rs.getInt(5), Columns.getLong(rs, 6), Columns.getLong(rs, 7),
                Columns.getLong(rs, 8), applicant == null ? null : ApplicantType.valueOf(applicant),
                reasons(rs.getString(10)), answers);
    }

    private static List<Reason> reasons(String reasons) {
        return reasons == null || reasons.isBlank() ? List.of()
                : Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList();
    }

    private static Map<String, Integer> answers(String folded) {
        if (folded == null || folded.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> answers = new HashMap<>();
        for (String pair : folded.split(",")) {
            int colon = pair.lastIndexOf(':');
            answers.put(pair.substring(0, colon), Integer.parseInt(pair.substring(colon + 1)));
        }
        return answers;
    }
}
