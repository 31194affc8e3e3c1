package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.FlagReason;
import vn.hailong.feedback.FlaggedRatingStore;
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

/** Flagged ratings and their review in SQL. */
@Singleton
@Transactional
class JdbcFlaggedRatingStore implements FlaggedRatingStore {

    private final JdbcOperations jdbc;

    JdbcFlaggedRatingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean release(long ratingId, Instant at, String by) {
        return review(ratingId, at, by, true);
    }

    @Override
    public boolean keepExcluded(long ratingId, Instant at, String by) {
        return review(ratingId, at, by, false);
    }

    private boolean review(long ratingId, Instant at, String by, boolean release) {
        return jdbc.prepareStatement("UPDATE ratings SET released_at = ?, reviewed_at = ?, reviewed_by = ?"
                + " WHERE id = ? AND flagged = TRUE AND released_at IS NULL AND reviewed_at IS NULL", ps -> {
            ps.setObject(1, release ? UtcColumns.of(at) : null);
            ps.setObject(2, UtcColumns.of(at));
            ps.setString(3, by);
            ps.setLong(4, ratingId);
            return ps.executeUpdate() == 1;
        });
    }

    private static final String FLAGGED_FROM = " " + """
            FROM ratings r JOIN units u ON u.id = r.unit_id
            LEFT JOIN counters c ON c.id = r.counter_id
            LEFT JOIN officers o ON o.id = r.officer_id
            WHERE r.flagged = TRUE AND u.path LIKE CONCAT(?, '%')""";

    private static final String PENDING = " AND r.released_at IS NULL AND r.reviewed_at IS NULL";

    @Override
    public List<FlaggedRow> flagged(String unitPathPrefix, boolean pendingOnly, int limit, int offset) {
        return jdbc.prepareStatement("""
                SELECT r.id, r.flag_reason, r.score, r.channel, r.submitted_at, r.received_at, u.id, u.code, u.name,
                  c.code, c.name, o.code, o.full_name, r.kiosk_id, r.comment, r.released_at, r.reviewed_at, r.reviewed_by"""
                + FLAGGED_FROM + (pendingOnly ? PENDING : "") + " ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?", ps -> {
            ps.setString(1, unitPathPrefix);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            List<FlaggedRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(2);
                    rows.add(new FlaggedRow(rs.getLong(1),
                            reason == null ? null : FlagReason.valueOf(reason), rs.getInt(3),
                            rs.getString(4), UtcColumns.instant(rs, 5), UtcColumns.instant(rs, 6), rs.getLong(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            Columns.getLong(rs, 14), null, rs.getString(15), UtcColumns.instant(rs, 16), UtcColumns.instant(rs, 17), rs.getString(18)));
                }
            }
            return rows;
        });
    }

    @Override
    public long countFlagged(String unitPathPrefix, boolean pendingOnly) {
        return jdbc.prepareStatement("SELECT COUNT(*)" + FLAGGED_FROM + (pendingOnly ? PENDING : ""), ps -> {
            ps.setString(1, unitPathPrefix);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<Long> flaggedRatingUnit(long ratingId) {
        return jdbc.prepareStatement("SELECT unit_id FROM ratings WHERE id = ? AND flagged = TRUE", ps -> {
            ps.setLong(1, ratingId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }
}
