package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintStore;

import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

@Singleton
class JdbcComplaintStore implements ComplaintStore {

    private final JdbcOperations jdbc;

    JdbcComplaintStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Stored> findByKey(String idempotencyKey) {
        return jdbc.prepareStatement("SELECT tracking_code, due_at, body_hash FROM complaints WHERE idempotency_key = ?", ps -> {
            ps.setString(1, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Stored>empty();
                }
                return Optional.of(new Stored(rs.getString(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(3)));
            }
        });
    }

    @Override
    @Transactional
    public void insert(NewComplaint c) {
        try {
            jdbc.prepareStatement("""
                    INSERT INTO complaints (id, tracking_code, kind, status, channel, unit_id, sector_id, dossier_code, text,
                      citizen_phone, phone_last4, kiosk_id, received_at, due_at, idempotency_key, body_hash)
                    VALUES (?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                int i = 1;
                ps.setLong(i++, c.id());
                ps.setString(i++, c.trackingCode());
                ps.setString(i++, c.kind().name());
                ps.setString(i++, c.channel());
                setLong(ps, i++, c.unitId());
                setLong(ps, i++, c.sectorId());
                ps.setString(i++, c.dossierCode());
                ps.setString(i++, c.text());
                ps.setString(i++, c.phone() == null ? null : c.phone().e164());
                ps.setString(i++, c.phone() == null ? null : c.phone().lastFour());
                setLong(ps, i++, c.kioskId());
                ps.setObject(i++, utc(c.receivedAt()));
                ps.setObject(i++, utc(c.dueAt()));
                ps.setString(i++, c.idempotencyKey());
                ps.setString(i, c.bodyHash());
                return ps.executeUpdate();
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLIntegrityConstraintViolationException s && s.getErrorCode() == 1062) {
                    throw new Clash(String.valueOf(s.getMessage()).contains("idempotency"));
                }
            }
            throw e;
        }
    }

    private static void setLong(java.sql.PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
