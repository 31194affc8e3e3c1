package vn.hailong.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the database itself does with rating-sized rows, the baseline of the ingest figures: JDBC inserts of the row
 * the service stores for a kiosk's {@code {"score":4}} (all 25 columns the service writes, the kiosk's unit,
 * counter, token and scope, a fresh idempotency key) into {@value #TABLE}, made {@code LIKE ratings} in the
 * service's own database (the same columns, keys and checks; emptied before each run). Single rows in autocommit
 * (one commit each), or batches in one statement each (rewriteBatchedStatements).
 */
final class RawInserts {

    static final String TABLE = "bench_raw_ratings";
    private static final String INSERT = "INSERT INTO " + TABLE + """
             (id, unit_id, channel, score, counter_id, officer_id, procedure_id, dossier_code,
              kiosk_id, transaction_id, reasons, comment, submitted_at, received_at, counted_at, local_date, idempotency_scope,
              idempotency_key, body_hash, token_id, flagged, flag_reason, contact_requested, applicant_type,
              instrument_code) VALUES (?, ?, 'KIOSK', 4, ?, NULL, NULL, NULL, ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?,
              FALSE, NULL, FALSE, NULL, 'SIPAS-2017')""";
    private static final String BODY_HASH = "9f2c".repeat(16);
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    private final BenchDatabase database;
    private final long unitId;
    private final long counterId;
    private final long kioskId;
    private final long tokenId;

    private RawInserts(BenchDatabase database, long unitId, long counterId, long kioskId, long tokenId) {
        this.database = database;
        this.unitId = unitId;
        this.counterId = counterId;
        this.kioskId = kioskId;
        this.tokenId = tokenId;
    }

    /** Creates the table beside the service's ratings and reads the kiosk's ids. */
    static RawInserts prepare(BenchDatabase database, String kioskCode) throws SQLException {
        try (Connection c = database.connection(""); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " LIKE ratings");
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT k.unit_id, k.counter_id, k.id, t.id FROM kiosks k JOIN api_tokens t ON t.kiosk_id = k.id
                    WHERE k.code = ?""")) {
                ps.setString(1, kioskCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no kiosk " + kioskCode + " with a token");
                    }
                    return new RawInserts(database, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
        }
    }

    /** {@code threads} connections, each inserting one row per statement in autocommit. */
    Measured singleRows(int threads, double seconds) throws Exception {
        empty();
        return ClosedLoop.run(threads, n -> new Inserter(""), LoadSettings.SETTLE_SECONDS, seconds);
    }

    /** {@code threads} connections, each inserting {@code rows} rows per statement (and commit): rows per second. */
    Measured batches(int threads, int rows, double seconds) throws Exception {
        empty();
        return ClosedLoop.run(threads, n -> new BatchInserter(rows), LoadSettings.SETTLE_SECONDS, seconds)
                .timesRows(rows);
    }

    private void empty() throws SQLException {
        try (Connection c = database.connection(""); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE " + TABLE);
        }
    }

    private class Inserter implements ClosedLoop.Worker {
        final Connection connection;
        final PreparedStatement insert;

        Inserter(String parameters) {
            try {
                connection = database.connection(parameters);
                insert = connection.prepareStatement(INSERT);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        void bind() throws SQLException {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            int i = 1;
            insert.setLong(i++, IDS.incrementAndGet());
            insert.setLong(i++, unitId);
            insert.setLong(i++, counterId);
            insert.setLong(i++, kioskId);
            insert.setObject(i++, now);
            insert.setObject(i++, now);
            insert.setObject(i++, now);
            insert.setObject(i++, now.plusHours(7).toLocalDate());
            insert.setString(i++, "kiosk:" + kioskId);
            insert.setString(i++, UUID.randomUUID().toString());
            insert.setString(i++, BODY_HASH);
            insert.setLong(i, tokenId);
        }

        @Override
        public boolean call() throws SQLException {
            bind();
            return insert.executeUpdate() == 1;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    private final class BatchInserter extends Inserter {
        final int rows;

        BatchInserter(int rows) {
            super("rewriteBatchedStatements=true");
            this.rows = rows;
        }

        @Override
        public boolean call() throws SQLException {
            for (int r = 0; r < rows; r++) {
                bind();
                insert.addBatch();
            }
            insert.executeBatch();
            return true;
        }
    }
}
