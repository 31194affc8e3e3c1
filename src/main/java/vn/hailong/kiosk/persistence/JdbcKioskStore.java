package vn.hailong.kiosk.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.kiosk.KioskStore;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** Pairing codes and kiosk contact in SQL. */
@Singleton
@Transactional
class JdbcKioskStore implements KioskStore {

    private final JdbcOperations jdbc;

    JdbcKioskStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void purgePairings(Instant now) {
        jdbc.prepareStatement("DELETE FROM kiosk_pairings WHERE used_at IS NOT NULL OR expires_at <= ?", ps -> {
            UtcColumns.set(ps, 1, now);
            return ps.executeUpdate();
        });
    }

    @Override
    public boolean insertPairing(long kioskId, String codeHash, Instant expiresAt, String createdBy, Instant now) {
        try {
            jdbc.prepareStatement("""
                    INSERT INTO kiosk_pairings (kiosk_id, code_hash, expires_at, created_by, created_at) VALUES (?, ?, ?, ?, ?)""", ps -> {
                ps.setLong(1, kioskId);
                ps.setString(2, codeHash);
                UtcColumns.set(ps, 3, expiresAt);
                ps.setString(4, createdBy);
                UtcColumns.set(ps, 5, now);
                return ps.executeUpdate();
            });
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Long> usePairing(String codeHash, Instant now) {
        return jdbc.prepareStatement("""
                SELECT id, kiosk_id FROM kiosk_pairings WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE""", ps -> {
            ps.setString(1, codeHash);
            UtcColumns.set(ps, 2, now);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Long>empty();
                }
                long pairingId = rs.getLong(1);
                long kiosk = rs.getLong(2);
                jdbc.prepareStatement("UPDATE kiosk_pairings SET used_at = ? WHERE id = ?", up -> {
                    UtcColumns.set(up, 1, now);
                    up.setLong(2, pairingId);
                    return up.executeUpdate();
                });
                return Optional.of(kiosk);
            }
        });
    }

    @Override
    public void recordHeartbeat(long kioskId, Instant at, int pendingCount) {
        jdbc.prepareStatement("UPDATE kiosks SET last_seen_at = ?, pending_count = ? WHERE id = ?", ps -> {
            UtcColumns.set(ps, 1, at);
            ps.setInt(2, pendingCount);
            ps.setLong(3, kioskId);
            return ps.executeUpdate();
        });
    }

    @Override
    public void recordContact(long kioskId, Instant at, java.time.Duration gap, boolean heartbeat) {
        int extended = jdbc.prepareStatement("""
                UPDATE kiosk_contacts SET to_at = GREATEST(to_at, ?), heartbeats = heartbeats + ?
                WHERE kiosk_id = ? AND to_at >= ? ORDER BY to_at DESC LIMIT 1""", ps -> {
            UtcColumns.set(ps, 1, at);
            ps.setInt(2, heartbeat ? 1 : 0);
            ps.setLong(3, kioskId);
            UtcColumns.set(ps, 4, at.minus(gap));
            return ps.executeUpdate();
        });
        if (extended == 0) {
            jdbc.prepareStatement("INSERT INTO kiosk_contacts (kiosk_id, from_at, to_at, heartbeats) VALUES (?, ?, ?, ?)", ps -> {
                ps.setLong(1, kioskId);
                UtcColumns.set(ps, 2, at);
                UtcColumns.set(ps, 3, at);
                ps.setInt(4, heartbeat ? 1 : 0);
                return ps.executeUpdate();
            });
        }
    }

    @Override
    public boolean inContact(long kioskId, Instant at) {
        return jdbc.prepareStatement("SELECT 1 FROM kiosk_contacts WHERE kiosk_id = ? AND to_at >= ? AND from_at <= ? LIMIT 1", ps -> {
            ps.setLong(1, kioskId);
            UtcColumns.set(ps, 2, at);
            UtcColumns.set(ps, 3, at);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Optional<Instant> firstContactAfter(long kioskId, Instant at) {
        return jdbc.prepareStatement("SELECT MIN(from_at) FROM kiosk_contacts WHERE kiosk_id = ? AND from_at > ?", ps -> {
            ps.setLong(1, kioskId);
            UtcColumns.set(ps, 2, at);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(UtcColumns.instant(rs, 1)) : Optional.<Instant>empty();
            }
        });
    }

    @Override
    public java.util.Map<Long, ContactSpan> latestContacts(java.util.Collection<Long> kioskIds) {
        java.util.Map<Long, ContactSpan> spans = new java.util.HashMap<>();
        if (kioskIds.isEmpty()) {
            return spans;
        }
        java.util.List<Long> ids = java.util.List.copyOf(kioskIds);
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        return jdbc.prepareStatement("""
                SELECT c.kiosk_id, c.from_at, c.to_at, c.heartbeats FROM kiosk_contacts c
                WHERE c.kiosk_id IN (%s) AND c.to_at = (SELECT MAX(x.to_at) FROM kiosk_contacts x WHERE x.kiosk_id = c.kiosk_id)
                """.formatted(marks), ps -> {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.put(rs.getLong(1), new ContactSpan(UtcColumns.instant(rs, 2), UtcColumns.instant(rs, 3), rs.getInt(4)));
                }
            }
            return spans;
        });
    }
}
