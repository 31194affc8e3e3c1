package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.KioskFlagRates;
import vn.hailong.feedback.NewRating;
import vn.hailong.feedback.Reason;
import vn.hailong.feedback.RatingStore;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
    public boolean dossierRated(String dossierCode) {
        return jdbc.prepareStatement("SELECT 1 FROM ratings WHERE dossier_code = ?"
                + " AND (flagged = FALSE OR released_at IS NOT NULL) LIMIT 1", ps -> {
            ps.setString(1, dossierCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public KioskSpacing kioskSpacing(long kioskId, Instant at, Duration minInterval, Duration burstWindow, int burstMax) {
        String near = minInterval == null ? "FALSE"
                : "EXISTS (SELECT 1 FROM ratings WHERE kiosk_id = ? AND counted_at >= ? AND counted_at <= ?)";
        String recent = burstMax <= 0 ? "0" : "(SELECT COUNT(*) FROM (SELECT 1 FROM ratings WHERE kiosk_id = ?"
                + " AND counted_at >= ? AND counted_at <= ? LIMIT ?) AS recent)";
        return jdbc.prepareStatement("SELECT " + near + ", " + recent, ps -> {
            int i = 1;
            if (minInterval != null) {
                ps.setLong(i++, kioskId);
                UtcColumns.set(ps, i++, at.minus(minInterval));
                UtcColumns.set(ps, i++, at.plus(minInterval));
            }
            if (burstMax > 0) {
                ps.setLong(i++, kioskId);
                UtcColumns.set(ps, i++, at.minus(burstWindow));
                UtcColumns.set(ps, i++, at);
                ps.setInt(i, burstMax);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new KioskSpacing(rs.getBoolean(1), rs.getLong(2));
            }
        });
    }

    @Override
    public Map<Long, KioskFlagRates.FlagRate> kioskFlagCounts(Collection<Long> kioskIds, Instant since) {
        List<Long> ids = List.copyOf(kioskIds);
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement("SELECT kiosk_id, COUNT(*), COALESCE(SUM(flagged), 0) FROM ratings"
                + " WHERE kiosk_id IN (" + marks + ") AND received_at >= ? GROUP BY kiosk_id", ps -> {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            UtcColumns.set(ps, i, since);
            Map<Long, KioskFlagRates.FlagRate> rates = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rates.put(rs.getLong(1), new KioskFlagRates.FlagRate(rs.getLong(2), rs.getLong(3)));
                }
            }
            return rates;
        });
    }
}
