package vn.hailong.metrics.persistence;

import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.metrics.rollup.RatingFacts;
import vn.hailong.metrics.rollup.RebuildState;
import vn.hailong.metrics.rollup.RollupKey;
import vn.hailong.metrics.rollup.RollupStore;
import vn.hailong.shared.persistence.Columns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rollups and the pending ratings in SQL ({@code metric_rollups}, {@code metric_rollups_rebuild},
 * {@code metric_pending}, {@code metric_pending_served}, {@code metric_locks}).
 */
@Singleton
@Transactional
class JdbcRollupStore implements RollupStore {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final String ROLLUPS = "metric_rollups";
    /** The rows a rebuild fills, then swapped with the rollups by name (see the migration that made it). */
    private static final String REBUILD = "metric_rollups_rebuild";
    private static final int STALE_MINUTES = 10;
    private static final int SWAP_WAIT_SECONDS = 60;
    private static final String UPSERT_COLUMNS =
            " (unit_id, dim, grain, period_start, k1, k2, kt, n1, n2, n3, n4, n5) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ADD = " ON DUPLICATE KEY UPDATE n1 = n1 + VALUES(n1), n2 = n2 + VALUES(n2),"
            + " n3 = n3 + VALUES(n3), n4 = n4 + VALUES(n4), n5 = n5 + VALUES(n5)";

    private static final String PENDING_COLUMNS = "SELECT id, unit_id, rating_id, local_date, channel, score,"
            + " counter_id, officer_id, procedure_id, applicant_type, reasons, answers FROM metric_pending";
    private static final String SERVED_COLUMNS = "SELECT id, unit_id, transaction_id, counter_id, local_date"
            + " FROM metric_pending_served";

    private final JdbcOperations jdbc;

    JdbcRollupStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(List<PendingRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO metric_pending (id, unit_id, rating_id, local_date, channel, score,"
                + " counter_id, officer_id, procedure_id, applicant_type, reasons, answers) VALUES "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")), ps -> {
            int i = 1;
            for (PendingRow row : rows) {
                RatingFacts f = row.facts();
                ps.setLong(i++, row.id());
                ps.setLong(i++, f.unitId());
                ps.setLong(i++, f.ratingId());
                ps.setObject(i++, f.localDate());
                ps.setString(i++, f.channel());
                ps.setInt(i++, f.score());
                Columns.setLong(ps, i++, f.counterId());
                Columns.setLong(ps, i++, f.officerId());
                Columns.setLong(ps, i++, f.procedureId());
                ps.setString(i++, f.applicantType());
                ps.setString(i++, f.reasons().isEmpty() ? null : String.join(",", f.reasons()));
                ps.setString(i++, f.answers().isEmpty() ? null : answers(f.answers()));
            }
            ps.executeUpdate();
            return null;
        });
    }

    @Override
    public void enqueueServed(List<PendingServed> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO metric_pending_served (id, unit_id, transaction_id, counter_id, local_date)"
                + " VALUES " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?)")), ps -> {
            int i = 1;
            for (PendingServed row : rows) {
                ps.setLong(i++, row.id());
                ps.setLong(i++, row.unitId());
                ps.setLong(i++, row.transactionId());
                ps.setLong(i++, row.counterId());
                ps.setObject(i++, row.localDate());
            }
            return ps.executeUpdate();
        });
    }

    @Override
    public List<PendingServed> pendingServed(int limit) {
        return jdbc.prepareStatement(SERVED_COLUMNS + " ORDER BY id LIMIT ?", ps -> {
            ps.setInt(1, limit);
            return servedRows(ps);
        });
    }

    @Override
    public List<PendingServed> pendingServedOfTransactions(long fromId, long toId) {
        return jdbc.prepareStatement(SERVED_COLUMNS + " WHERE transaction_id BETWEEN ? AND ? ORDER BY id", ps -> {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            return servedRows(ps);
        });
    }

    private static List<PendingServed> servedRows(PreparedStatement ps) throws SQLException {
        List<PendingServed> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new PendingServed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class)));
            }
        }
        return rows;
    }

    @Override
    public void deletePendingServed(List<Long> ids) {
        delete("metric_pending_served", ids);
    }

    @Override
    public Optional<RebuildState> lock(boolean wait) {
        return jdbc.prepareStatement("SELECT rebuild_id, rebuild_cursor, rebuild_seen_at < UTC_TIMESTAMP(6) - INTERVAL "
                + STALE_MINUTES + " MINUTE FROM metric_locks WHERE name = 'rollups' FOR UPDATE"
                + (wait ? "" : " NOWAIT"), ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("metric_locks has no 'rollups' row");
                }
                String id = rs.getString(1);
                return Optional.of(id == null ? RebuildState.NONE
                        : new RebuildState(id, rs.getLong(2), rs.getBoolean(3)));
            } catch (SQLException e) {
                if (!wait && isLockBusy(e)) {
                    return Optional.<RebuildState>empty();
                }
                throw e;
            }
        });
    }

    private static boolean isLockBusy(SQLException e) {
        // MariaDB: 1205 lock wait timeout (NOWAIT reports it); MySQL 8: 3572 ER_LOCK_NOWAIT
        return e.getErrorCode() == 1205 || e.getErrorCode() == 3572;
    }

    @Override
    public void saveRebuild(RebuildState state) {
        jdbc.prepareStatement("UPDATE metric_locks SET rebuild_id = ?, rebuild_cursor = ?,"
                + " rebuild_seen_at = IF(? IS NULL, NULL, UTC_TIMESTAMP(6)) WHERE name = 'rollups'", ps -> {
            ps.setString(1, state.id());
            ps.setObject(2, state.running() ? state.cursor() : null);
            ps.setString(3, state.id());
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyPending() {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM metric_pending)"
                + " OR EXISTS (SELECT 1 FROM metric_pending_served)", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    @Override
    public List<Pending> pending(int limit) {
        return jdbc.prepareStatement(PENDING_COLUMNS + " ORDER BY id LIMIT ?", ps -> {
            ps.setInt(1, limit);
            return pendingRows(ps);
        });
    }

    @Override
    public List<Pending> pendingOfRatings(long fromId, long toId) {
        return jdbc.prepareStatement(PENDING_COLUMNS + " WHERE rating_id BETWEEN ? AND ? ORDER BY id", ps -> {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            return pendingRows(ps);
        });
    }

    private static List<Pending> pendingRows(PreparedStatement ps) throws SQLException {
        List<Pending> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String reasons = rs.getString(11);
                rows.add(new Pending(rs.getLong(1), new RatingFacts(rs.getLong(3), rs.getLong(2),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6), Columns.getLong(rs, 7),
                        Columns.getLong(rs, 8), Columns.getLong(rs, 9), rs.getString(10),
                        reasons == null ? List.of() : Arrays.asList(reasons.split(",")),
                        parseAnswers(rs.getString(12)))));
            }
        }
        return rows;
    }

    @Override
    public void deletePending(List<Long> ids) {
        delete("metric_pending", ids);
    }

    private void delete(String table, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                return ps.executeUpdate();
            });
        }
    }

    @Override
    public void add(Map<RollupKey, long[]> counts) {
        write(ROLLUPS, counts);
    }

    @Override
    public void addToRebuild(Map<RollupKey, long[]> counts) {
        write(REBUILD, counts);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void emptyRebuild() {
        jdbc.prepareStatement("TRUNCATE TABLE " + REBUILD, PreparedStatement::executeUpdate);
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void swapRebuild() {
        // the rename waits for the readers of both tables, but never nearly as long as a rebuild takes to go stale
        jdbc.prepareStatement("SET SESSION lock_wait_timeout = " + SWAP_WAIT_SECONDS, PreparedStatement::execute);
        try {
            jdbc.prepareStatement("RENAME TABLE " + ROLLUPS + " TO metric_rollups_swap, " + REBUILD + " TO " + ROLLUPS
                    + ", metric_rollups_swap TO " + REBUILD, PreparedStatement::execute);
        } finally {
            jdbc.prepareStatement("SET SESSION lock_wait_timeout = DEFAULT", PreparedStatement::execute);
        }
    }

    /**
     * Adds the rows in key order, {@value #ROWS_PER_STATEMENT} per statement. Many rows (a rebuild's) go through one
     * server-side prepared statement: values sent in binary, the statement parsed once, where a client-side one
     * writes every value into a long SQL text that the server parses again (most of a rebuild's time was that).
     */
    private void write(String table, Map<RollupKey, long[]> counts) {
        List<RollupKey> keys = new ArrayList<>(counts.keySet());
        keys.sort(RollupKey.WRITE_ORDER);
        jdbc.execute(connection -> {
            PreparedStatement full = null;
            try {
                for (int from = 0; from < keys.size(); from += ROWS_PER_STATEMENT) {
                    List<RollupKey> chunk = keys.subList(from, Math.min(keys.size(), from + ROWS_PER_STATEMENT));
                    boolean whole = chunk.size() == ROWS_PER_STATEMENT && keys.size() > ROWS_PER_STATEMENT;
                    if (whole && full == null) {
                        String sql = upsert(table, chunk.size());
                        full = connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql);
                    }
                    PreparedStatement ps = whole ? full : connection.prepareStatement(upsert(table, chunk.size()));
                    try {
                        bind(ps, chunk, counts);
                        ps.executeUpdate();
                    } finally {
                        if (ps != full) {
                            ps.close();
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
            return null;
        });
    }

    private static String upsert(String table, int rows) {
        return "INSERT INTO " + table + UPSERT_COLUMNS + String.join(", ", Collections.nCopies(rows, ROW)) + ADD;
    }

    private static void bind(PreparedStatement ps, List<RollupKey> chunk, Map<RollupKey, long[]> counts)
            throws SQLException {
        int i = 1;
        for (RollupKey key : chunk) {
            long[] n = counts.get(key);
            ps.setLong(i++, key.unitId());
            ps.setInt(i++, key.dimension());
            ps.setString(i++, String.valueOf(key.grain()));
            ps.setObject(i++, key.periodStart());
            ps.setLong(i++, key.k1());
            ps.setLong(i++, key.k2());
            ps.setString(i++, key.kt());
            for (int level = 0; level < 5; level++) {
                ps.setLong(i++, n[level]);
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Size size() {
        return jdbc.prepareStatement("SELECT (SELECT COUNT(*) FROM metric_rollups),"
                + " (SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables"
                + "  WHERE table_schema = DATABASE() AND table_name = 'metric_rollups')", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Size(rs.getLong(1), rs.getLong(2));
            }
        });
    }

    private static String answers(Map<String, Integer> answers) {
        StringBuilder s = new StringBuilder();
        answers.forEach((code, value) -> s.append(s.isEmpty() ? "" : ",").append(code).append(':').append(value));
        return s.toString();
    }

    private static Map<String, Integer> parseAnswers(String folded) {
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
