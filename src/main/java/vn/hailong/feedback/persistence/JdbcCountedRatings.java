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
import java.util.function.Consumer;

/**
 * Counted ratings read back in SQL. A unit's ratings are streamed with their answers folded into one column, so a
 * rebuild over millions of ratings holds one row at a time.
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
    private static final String COUNTS = "(r.flagged = FALSE OR r.released_at IS NOT NULL)";

    private final JdbcOperations jdbc;

    JdbcCountedRatings(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> unitsWithRatings() {
        return jdbc.prepareStatement("SELECT id FROM units u WHERE EXISTS (SELECT 1 FROM ratings r WHERE r.unit_id = u.id)"
                + " OR EXISTS (SELECT 1 FROM counter_transactions t WHERE t.unit_id = u.id)"
                + " ORDER BY id", ps -> {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    @Override
    public void forEachOfUnit(long unitId, Consumer<CountedRating> consumer) {
        jdbc.prepareStatement(COLUMNS + " WHERE r.unit_id = ? AND " + COUNTS, ps -> {
            ps.setLong(1, unitId);
            ps.setFetchSize(Integer.MIN_VALUE); // Connector/J streams the rows instead of loading them all
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(row(rs));
                }
            }
            return null;
        });
    }

    @Override
    public Optional<CountedRating> counted(long ratingId) {
        return jdbc.prepareStatement(COLUMNS + " WHERE r.id = ? AND " + COUNTS, ps -> {
            ps.setLong(1, ratingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.<CountedRating>empty();
            }
        });
    }

    private static CountedRating row(ResultSet rs) throws SQLException {
        String reasons = rs.getString(10);
        List<Reason> reasonList = reasons == null || reasons.isBlank() ? List.of()
                : Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList();
        String applicant = rs.getString(9);
        return new CountedRating(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                Channel.valueOf(rs.getString(4)), rs.getInt(5), Columns.getLong(rs, 6), Columns.getLong(rs, 7),
                Columns.getLong(rs, 8), applicant == null ? null : ApplicantType.valueOf(applicant), reasonList,
                answers(rs.getString(11)));
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
