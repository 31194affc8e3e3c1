package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.NewRating;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.feedback.RatingHistoryStore;
import vn.hailong.shared.sql.LikePatterns;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Past ratings in bulk: one multi-row INSERT per batch of ratings and one per batch of their answers, so a year of
 * history is a few hundred statements rather than a hundred thousand round trips. Works the same whether or not the
 * driver rewrites batches ({@code rewriteBatchedStatements}); both MySQL 8 and MariaDB take the syntax.
 */
@Singleton
@Transactional
class JdbcRatingHistoryStore implements RatingHistoryStore {

    private static final String ANSWER_COLUMNS = "INSERT INTO rating_answers (rating_id, criterion_code, score) VALUES ";

    private final JdbcOperations jdbc;

    JdbcRatingHistoryStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean anyKeyStartingWith(String prefix) {
        return jdbc.prepareStatement("SELECT 1 FROM ratings WHERE idempotency_scope = '" + RatingHistory.HISTORY_SCOPE
                + "' AND idempotency_key LIKE CONCAT(?, '%') LIMIT 1", ps -> {
            ps.setString(1, LikePatterns.escape(prefix));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public long countKeysStartingWith(String prefix) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM ratings WHERE idempotency_scope = '" + RatingHistory.HISTORY_SCOPE
                + "' AND idempotency_key LIKE CONCAT(?, '%')", ps -> {
            ps.setString(1, LikePatterns.escape(prefix));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Set<String> keysAmong(List<String> keys) {
        Set<String> found = new HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        return jdbc.prepareStatement("SELECT idempotency_key FROM ratings WHERE idempotency_scope = '"
                + RatingHistory.HISTORY_SCOPE + "' AND idempotency_key IN ("
                + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")", ps -> {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }

    @Override
    public void insertAll(List<NewRating> ratings) {
        if (ratings.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(RatingRows.INSERT + String.join(", ", java.util.Collections.nCopies(ratings.size(), RatingRows.PLACEHOLDERS)), ps -> {
            int i = 1;
            for (NewRating r : ratings) {
                i = RatingRows.bind(ps, i, r);
            }
            return ps.executeUpdate();
        });
        int answers = ratings.stream().mapToInt(r -> r.answers().size()).sum();
        if (answers == 0) {
            return;
        }
        jdbc.prepareStatement(ANSWER_COLUMNS + String.join(", ", java.util.Collections.nCopies(answers, "(?, ?, ?)")), ps -> {
            int i = 1;
            for (NewRating r : ratings) {
                for (Map.Entry<String, Integer> a : r.answers().entrySet()) {
                    ps.setLong(i++, r.id());
                    ps.setString(i++, a.getKey());
                    ps.setInt(i++, a.getValue());
                }
            }
            return ps.executeUpdate();
        });
    }

}
