package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.CounterTransactionStore;
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

/** Counter transactions in SQL. */
@Singleton
@Transactional
class JdbcCounterTransactionStore implements CounterTransactionStore {

    private final JdbcOperations jdbc;

    JdbcCounterTransactionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
    public List<TransactionRow> recentTransactions(long counterId, int limit) {
        return jdbc.prepareStatement("""
                SELECT t.id, t.ticket, t.dossier_code, t.opened_at, t.opened_by, t.rating_id, r.score,
                  (SELECT COUNT(*) FROM ratings x WHERE x.transaction_id = t.id) AS n
                FROM counter_transactions t LEFT JOIN ratings r ON r.id = t.rating_id
                WHERE t.counter_id = ? ORDER BY t.opened_at DESC, t.id DESC LIMIT ?""", ps -> {
            ps.setLong(1, counterId);
            ps.setInt(2, limit);
            List<TransactionRow> rows = new ArrayList<>();
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

    private static Optional<TransactionRef> readTransaction(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long rating = rs.getLong(4);
            return Optional.of(new TransactionRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.wasNull() ? null : rating));
        }
    }
}
