package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.NewRating;
import vn.hailong.feedback.Reason;
import vn.hailong.feedback.RatingStore;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Ratings in SQL. Instants are written and read as UTC DATETIME(6) values, whatever the JVM's zone. */
@Singleton
@Transactional
class JdbcRatingStore implements RatingStore {

    private final JdbcOperations jdbc;

    JdbcRatingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredKey> findByKey(String idempotencyScope, String idempotencyKey) {
        return jdbc.prepareStatement("SELECT id, body_hash, flagged FROM ratings WHERE idempotency_scope = ? AND idempotency_key = ?", ps -> {
            ps.setString(1, idempotencyScope);
            ps.setString(2, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredKey(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                        : Optional.<StoredKey>empty();
            }
        });
    }

    @Override
    public KioskBinding kioskBinding(long kioskId) {
        return jdbc.prepareStatement("SELECT counter_id, officer_id FROM kiosks WHERE id = ?", ps -> {
            ps.setLong(1, kioskId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new KioskBinding(null, null);
                }
                long counter = rs.getLong(1);
                Long counterId = rs.wasNull() ? null : counter;
                long officer = rs.getLong(2);
                return new KioskBinding(counterId, rs.wasNull() ? null : officer);
            }
        });
    }

    @Override
    public void insert(NewRating r) {
        try {
            jdbc.prepareStatement(RatingRows.INSERT + RatingRows.PLACEHOLDERS, ps -> {
                RatingRows.bind(ps, 1, r);
                return ps.executeUpdate();
            });
        } catch (RuntimeException e) {
            String key = DuplicateKeys.keyName(e).orElse(null);
            if (key != null) {
                if (key.contains(IDEMPOTENCY_KEY)) {
                    throw new DuplicateKey();
                }
                if (key.equals("PRIMARY")) {
                    throw new IdClash();
                }
            }
            throw e;
        }
        if (!r.answers().isEmpty()) {
            jdbc.prepareStatement("INSERT INTO rating_answers (rating_id, criterion_code, score) VALUES (?, ?, ?)", ps -> {
                for (Map.Entry<String, Integer> a : r.answers().entrySet()) {
                    ps.setLong(1, r.id());
                    ps.setString(2, a.getKey());
                    ps.setInt(3, a.getValue());
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
        }
    }

    /** The unique key of the idempotency key (migration 2210); the only duplicate that means "a replay". */
    static final String IDEMPOTENCY_KEY = "uq_ratings_idempotency";

    @Override
    public long countKioskRatingsBetween(long kioskId, Instant from, Instant to) {
        return jdbc.prepareStatement(
                "SELECT COUNT(*) FROM ratings WHERE kiosk_id = ? AND submitted_at >= ? AND submitted_at <= ?", ps -> {
                    ps.setLong(1, kioskId);
                    ps.setObject(2, UtcColumns.of(from));
                    ps.setObject(3, UtcColumns.of(to));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    @Override
    public Optional<TransactionRef> latestTransaction(long counterId, Instant notBefore, Instant notAfter) {
        return jdbc.prepareStatement("""
                SELECT id, unit_id, counter_id, rating_id FROM counter_transactions
                WHERE counter_id = ? AND opened_at >= ? AND opened_at <= ? ORDER BY opened_at DESC, id DESC LIMIT 1""", ps -> {
            ps.setLong(1, counterId);
            ps.setObject(2, UtcColumns.of(notBefore));
            ps.setObject(3, UtcColumns.of(notAfter));
            return readTransaction(ps);
        });
    }

    @Override
    public Optional<TransactionRef> transaction(long id) {
        return jdbc.prepareStatement("SELECT id, unit_id, counter_id, rating_id FROM counter_transactions WHERE id = ?", ps -> {
            ps.setLong(1, id);
            return readTransaction(ps);
        });
    }

    private static Optional<TransactionRef> readTransaction(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long rating = rs.getLong(4);
            return Optional.of(new TransactionRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.wasNull() ? null : rating));
        }
    }

    @Override
    public boolean claimTransaction(long transactionId, long ratingId) {
        return jdbc.prepareStatement("UPDATE counter_transactions SET rating_id = ? WHERE id = ? AND rating_id IS NULL", ps -> {
            ps.setLong(1, ratingId);
            ps.setLong(2, transactionId);
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    public void insertTransaction(long id, long counterId, long unitId, String ticket, String dossierCode,
                                  Instant openedAt, String openedBy) {
        jdbc.prepareStatement("""
                INSERT INTO counter_transactions (id, counter_id, unit_id, ticket, dossier_code, opened_at, opened_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setLong(1, id);
            ps.setLong(2, counterId);
            ps.setLong(3, unitId);
            ps.setString(4, ticket);
            ps.setString(5, dossierCode);
            ps.setObject(6, UtcColumns.of(openedAt));
            ps.setString(7, openedBy);
            return ps.executeUpdate();
        });
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
    public java.util.List<GroupFigures> satisfactionBy(String unitPathPrefix, LocalDate from, LocalDate to,
                                                       vn.hailong.feedback.Grouping grouping) {
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
            java.util.List<GroupFigures> groups = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new GroupFigures(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return groups;
        });
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
            LEFT JOIN kiosks k ON k.id = r.kiosk_id
            WHERE r.flagged = TRUE AND u.path LIKE CONCAT(?, '%')""";

    private static final String PENDING = " AND r.released_at IS NULL AND r.reviewed_at IS NULL";

    @Override
    public java.util.List<FlaggedRow> flagged(String unitPathPrefix, boolean pendingOnly, int limit, int offset) {
        return jdbc.prepareStatement("""
                SELECT r.id, r.flag_reason, r.score, r.channel, r.submitted_at, r.received_at, u.id, u.code, u.name,
                  c.code, c.name, o.code, o.full_name, k.code, r.comment, r.released_at, r.reviewed_at, r.reviewed_by"""
                + FLAGGED_FROM + (pendingOnly ? PENDING : "") + " ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?", ps -> {
            ps.setString(1, unitPathPrefix);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            java.util.List<FlaggedRow> rows = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(2);
                    rows.add(new FlaggedRow(rs.getLong(1),
                            reason == null ? null : vn.hailong.feedback.FlagReason.valueOf(reason), rs.getInt(3),
                            rs.getString(4), UtcColumns.instant(rs, 5), UtcColumns.instant(rs, 6), rs.getLong(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getString(15), UtcColumns.instant(rs, 16), UtcColumns.instant(rs, 17), rs.getString(18)));
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

    @Override
    public java.util.List<TransactionRow> recentTransactions(long counterId, int limit) {
        return jdbc.prepareStatement("""
                SELECT t.id, t.ticket, t.dossier_code, t.opened_at, t.opened_by, t.rating_id, r.score,
                  (SELECT COUNT(*) FROM ratings x WHERE x.transaction_id = t.id) AS n
                FROM counter_transactions t LEFT JOIN ratings r ON r.id = t.rating_id
                WHERE t.counter_id = ? ORDER BY t.opened_at DESC, t.id DESC LIMIT ?""", ps -> {
            ps.setLong(1, counterId);
            ps.setInt(2, limit);
            java.util.List<TransactionRow> rows = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rating = rs.getLong(6);
                    Long ratingId = rs.wasNull() ? null : rating;
                    int score = rs.getInt(7);
                    Integer ratingScore = rs.wasNull() ? null : score;
                    long n = rs.getLong(8);
                    rows.add(new TransactionRow(rs.getLong(1), rs.getString(2), rs.getString(3), UtcColumns.instant(rs, 4),
                            rs.getString(5), ratingId, ratingScore, (int) Math.max(0, n - (ratingId == null ? 0 : 1))));
                }
            }
            return rows;
        });
    }

    @Override
    public long countTransactionsSince(long counterId, Instant since) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM counter_transactions WHERE counter_id = ? AND opened_at >= ?", ps -> {
            ps.setLong(1, counterId);
            ps.setObject(2, UtcColumns.of(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

}
