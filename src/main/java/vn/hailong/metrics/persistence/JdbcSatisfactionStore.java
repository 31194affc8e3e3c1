package vn.hailong.metrics.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionStore;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The satisfaction figures' aggregate SQL over {@code ratings} (read only). */
@Singleton
@Transactional
class JdbcSatisfactionStore implements SatisfactionStore {

    private final JdbcOperations jdbc;

    JdbcSatisfactionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Figures satisfaction(String unitPathPrefix, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("""
                SELECT COUNT(*), COALESCE(SUM(r.score >= 4), 0) FROM ratings r JOIN units u ON u.id = r.unit_id
                WHERE u.path LIKE CONCAT(?, '%') AND r.local_date BETWEEN ? AND ?
                  AND (r.flagged = FALSE OR r.released_at IS NOT NULL)""", ps -> {
            ps.setString(1, unitPathPrefix);
            ps.setObject(2, from);
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Figures(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    @Override
    public List<GroupFigures> satisfactionBy(String unitPathPrefix, LocalDate from, LocalDate to,
                                                       Grouping grouping) {
        String key;
        String join;
        switch (grouping) {
            case SECTOR -> {
                key = "s.code";
                join = "JOIN procedures p ON p.id = r.procedure_id JOIN sectors s ON s.id = p.sector_id";
            }
            case OFFICER -> {
                key = "o.code";
                join = "JOIN officers o ON o.id = r.officer_id";
            }
            case CHANNEL -> {
                key = "r.channel";
                join = "";
            }
            case MONTH -> {
                key = "DATE_FORMAT(r.local_date, '%Y-%m')";
                join = "";
            }
            default -> throw new IllegalArgumentException("grouping " + grouping);
        }
        return jdbc.prepareStatement("SELECT " + key + " AS k, COUNT(*), COALESCE(SUM(r.score >= 4), 0)"
                + " FROM ratings r JOIN units u ON u.id = r.unit_id " + join
                + " WHERE u.path LIKE CONCAT(?, '%') AND r.local_date BETWEEN ? AND ?"
                + " AND (r.flagged = FALSE OR r.released_at IS NOT NULL) GROUP BY k ORDER BY k", ps -> {
            ps.setString(1, unitPathPrefix);
            ps.setObject(2, from);
            ps.setObject(3, to);
            List<GroupFigures> groups = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new GroupFigures(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return groups;
        });
    }
}
