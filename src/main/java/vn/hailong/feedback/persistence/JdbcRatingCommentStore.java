package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.RatingCommentStore;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Comments grouped by their trimmed text in SQL, so a province's year is read as a few hundred rows. */
@Singleton
@Transactional(readOnly = true)
class JdbcRatingCommentStore implements RatingCommentStore {

    private final JdbcOperations jdbc;

    JdbcRatingCommentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Grouped> mostFrequent(String unitPath, LocalDate from, LocalDate to, int limit) {
        return jdbc.prepareStatement("""
                SELECT TRIM(r.comment) AS text, COUNT(*) AS n FROM ratings r JOIN units u ON u.id = r.unit_id
                WHERE u.path LIKE CONCAT(?, '%') AND r.local_date BETWEEN ? AND ?
                  AND (r.flagged = FALSE OR r.released_at IS NOT NULL)
                  AND r.comment IS NOT NULL AND TRIM(r.comment) <> ''
                GROUP BY TRIM(r.comment) ORDER BY n DESC, text LIMIT ?""", ps -> {
            ps.setString(1, unitPath);
            ps.setObject(2, from);
            ps.setObject(3, to);
            ps.setInt(4, limit);
            List<Grouped> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Grouped(rs.getString(1), rs.getLong(2)));
                }
            }
            return rows;
        });
    }
}
