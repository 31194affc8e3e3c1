package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.figures.CaseFacts;
import vn.hailong.complaints.figures.ComplaintFigureStore;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts behind the complaint figures, read only: each case of the cohort (its first event in the period) with
 * its events counted by type, whether an answer ended its ANSWER clock late, and the earliest running due time.
 */
@Singleton
class JdbcComplaintFigureStore implements ComplaintFigureStore {

    private final JdbcOperations jdbc;

    JdbcComplaintFigureStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFacts> facts(String unitPathPrefix, Instant from, Instant until, ComplaintKind kind,
                                 String channel) {
        String sql = """
                SELECT c.id, c.kind, c.channel, c.status, c.citizen_verdict,
                  COALESCE(SUM(e.type = 'ACCEPT'), 0), COALESCE(SUM(e.type = 'ANSWER'), 0),
                  COALESCE(SUM(e.type = 'REQUEST_INFO'), 0), COALESCE(SUM(e.type = 'EXTEND'), 0),
                  COALESCE(SUM(e.type = 'REOPEN'), 0),
                  EXISTS (SELECT 1 FROM complaint_steps s JOIN complaint_events a ON a.complaint_id = s.complaint_id
                            AND a.type = 'ANSWER' AND a.at = s.ended_at
                          WHERE s.complaint_id = c.id AND s.step = 'ANSWER' AND s.ended_late),
                  (SELECT MIN(s.due_at) FROM complaint_steps s WHERE s.complaint_id = c.id AND s.ended_at IS NULL
                     AND s.paused_at IS NULL AND s.step IN ('ACCEPT', 'ANSWER', 'PUBLISH'))
                FROM complaints c
                JOIN units u ON u.id = c.handling_unit_id
                JOIN complaint_events f ON f.complaint_id = c.id AND f.seq = 1
                JOIN complaint_events e ON e.complaint_id = c.id
                WHERE u.path LIKE CONCAT(?, '%') AND f.at >= ? AND f.at < ?"""
                + (kind == null ? "" : " AND c.kind = ?") + (channel == null ? "" : " AND c.channel = ?")
                + " GROUP BY c.id, c.kind, c.channel, c.status, c.citizen_verdict";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setString(i++, unitPathPrefix);
            UtcColumns.set(ps, i++, from);
            UtcColumns.set(ps, i++, until);
            if (kind != null) {
                ps.setString(i++, kind.name());
            }
            if (channel != null) {
                ps.setString(i, channel);
            }
            List<CaseFacts> facts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts.add(new CaseFacts(rs.getLong(1), ComplaintKind.valueOf(rs.getString(2)), rs.getString(3),
                            CaseStatus.valueOf(rs.getString(4)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                            rs.getInt(9), rs.getInt(10), rs.getBoolean(11), rs.getString(5),
                            UtcColumns.instant(rs, 12)));
                }
            }
            return facts;
        });
    }
}
