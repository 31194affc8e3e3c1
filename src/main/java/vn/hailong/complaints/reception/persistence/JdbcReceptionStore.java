package vn.hailong.complaints.reception.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.reception.ReceptionSession;
import vn.hailong.complaints.reception.ReceptionStore;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.sql.LikePatterns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcReceptionStore implements ReceptionStore {

    private static final String SELECT = """
            SELECT s.id, s.unit_id, u.code, u.name, s.kind, s.starts_at, s.ends_at, s.place, s.leader_name,
              s.leader_title, s.leader_user_id, s.topic, s.status, s.version
            FROM reception_sessions s JOIN units u ON u.id = s.unit_id""";

    private final JdbcOperations jdbc;

    JdbcReceptionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void insert(Row r, String by, Instant at) {
        jdbc.prepareStatement("""
                INSERT INTO reception_sessions (id, unit_id, kind, starts_at, ends_at, place, leader_name, leader_title,
                  leader_user_id, topic, status, created_by, created_at, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            int i = fill(ps, r);
            ps.setString(i++, by);
            UtcColumns.set(ps, i++, at);
            ps.setString(i++, by);
            UtcColumns.set(ps, i, at);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional
    public boolean update(Row r, int version, String by, Instant at) {
        return jdbc.prepareStatement("""
                UPDATE reception_sessions SET id = ?, unit_id = ?, kind = ?, starts_at = ?, ends_at = ?, place = ?,
                  leader_name = ?, leader_title = ?, leader_user_id = ?, topic = ?, status = ?, updated_by = ?,
                  updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""", ps -> {
            int i = fill(ps, r);
            ps.setString(i++, by);
            UtcColumns.set(ps, i++, at);
            ps.setLong(i++, r.id());
            ps.setInt(i, version);
            return ps.executeUpdate() == 1;
        });
    }

    private static int fill(PreparedStatement ps, Row r) throws SQLException {
        int i = 1;
        ps.setLong(i++, r.id());
        ps.setLong(i++, r.unitId());
        ps.setString(i++, r.kind().name());
        UtcColumns.set(ps, i++, r.startsAt());
        UtcColumns.set(ps, i++, r.endsAt());
        ps.setString(i++, r.place());
        ps.setString(i++, r.leaderName());
        ps.setString(i++, r.leaderTitle());
        Columns.setLong(ps, i++, r.leaderUserId());
        ps.setString(i++, r.topic());
        ps.setString(i++, r.status().name());
        return i;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReceptionSession> byId(long id) {
        return jdbc.prepareStatement(SELECT + " WHERE s.id = ?", ps -> {
            ps.setLong(1, id);
            List<ReceptionSession> found = sessions(ps);
            return found.stream().findFirst();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReceptionSession> list(String subtreePrefix, boolean upcoming, Instant now, int limit) {
        String when = upcoming ? "COALESCE(s.ends_at, s.starts_at) >= ? ORDER BY s.starts_at, s.id"
                : "COALESCE(s.ends_at, s.starts_at) < ? ORDER BY s.starts_at DESC, s.id DESC";
        return jdbc.prepareStatement(SELECT + " WHERE u.path LIKE ? AND " + when + " LIMIT ?", ps -> {
            ps.setString(1, LikePatterns.escape(subtreePrefix) + "%");
            UtcColumns.set(ps, 2, now);
            ps.setInt(3, limit);
            return sessions(ps);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReceptionSession> planned(Instant from, Instant to, int limit) {
        return jdbc.prepareStatement(SELECT + " " + """
                 WHERE s.status = 'PLANNED' AND COALESCE(s.ends_at, s.starts_at) >= ? AND s.starts_at < ?
                 ORDER BY s.starts_at, u.name, s.id LIMIT ?""", ps -> {
            UtcColumns.set(ps, 1, from);
            UtcColumns.set(ps, 2, to);
            ps.setInt(3, limit);
            return sessions(ps);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<RaisedCase> casesOf(long sessionId) {
        return jdbc.prepareStatement("""
                SELECT tracking_code, kind, status, received_at FROM complaints WHERE reception_id = ?
                ORDER BY received_at, id""", ps -> {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                List<RaisedCase> cases = new ArrayList<>();
                while (rs.next()) {
                    cases.add(new RaisedCase(rs.getString(1), rs.getString(2), rs.getString(3),
                            UtcColumns.instant(rs, 4)));
                }
                return cases;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitChoice> unitsIn(String subtreePrefix) {
        return jdbc.prepareStatement("""
                SELECT id, code, name FROM units WHERE path LIKE ? AND active = TRUE ORDER BY path""", ps -> {
            ps.setString(1, LikePatterns.escape(subtreePrefix) + "%");
            try (ResultSet rs = ps.executeQuery()) {
                List<UnitChoice> units = new ArrayList<>();
                while (rs.next()) {
                    units.add(new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
                return units;
            }
        });
    }

    private static List<ReceptionSession> sessions(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<ReceptionSession> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new ReceptionSession(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        ReceptionSession.Kind.valueOf(rs.getString(5)), UtcColumns.instant(rs, 6),
                        UtcColumns.instant(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10),
                        Columns.getLong(rs, 11), rs.getString(12), ReceptionSession.Status.valueOf(rs.getString(13)),
                        rs.getInt(14)));
            }
            return list;
        }
    }
}
