package vn.hailong.complaints.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.escalation.OverdueSteps;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Singleton
class JdbcOverdueSteps implements OverdueSteps {

    /** The steps whose lateness is a breach, and the statuses of cases still owed work, as SQL lists. */
    private static final String MANDATORY = Arrays.stream(Step.values()).filter(Step::mandatory)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    private static final String OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    private static final String RUNNING = "s.ended_at IS NULL AND s.paused_at IS NULL AND s.step IN (" + MANDATORY
            + ") AND c.status IN (" + OPEN + ")";

    private final JdbcOperations jdbc;

    JdbcOverdueSteps(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Candidate> candidates(Instant now, Instant breachedBefore, int limit) {
        // the warning moment in SQL is floored to the second, never later than StepClock.warnAt(): loose, not missing
        String sql = """
                SELECT s.complaint_id, s.id FROM complaint_steps s
                JOIN complaints c ON c.id = s.complaint_id
                LEFT JOIN deadline_policies p ON p.id = s.policy_id
                WHERE %s AND (
                  (s.breached_at IS NULL AND (s.due_at <= ? OR (s.warned_at IS NULL AND TIMESTAMPADD(SECOND,
                     TIMESTAMPDIFF(SECOND, s.started_at, s.due_at) * COALESCE(p.warn_at_percent, 75) DIV 100,
                     s.started_at) <= ?)))
                  OR (s.breached_at IS NOT NULL AND s.breached_at <= ? AND s.escalated_at IS NULL AND EXISTS
                     (SELECT 1 FROM units u WHERE u.id = c.handling_unit_id AND u.parent_id IS NOT NULL)))
                ORDER BY s.due_at, s.id LIMIT ?""".formatted(RUNNING);
        return jdbc.prepareStatement(sql, ps -> {
            UtcColumns.set(ps, 1, now);
            UtcColumns.set(ps, 2, now);
            UtcColumns.set(ps, 3, breachedBefore);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Candidate> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Candidate(rs.getLong(1), rs.getLong(2)));
                }
                return result;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Late> late(Instant now, String unitPathPrefix, @Nullable Long assigneeUserId, int limit) {
        String sql = """
                SELECT c.id, c.tracking_code, c.kind, c.status, c.text, c.handling_unit_id, c.assignee_user_id, s.id,
                  s.step, s.due_at, s.breached_at, s.escalated_at, c.escalation_level
                FROM complaint_steps s
                JOIN complaints c ON c.id = s.complaint_id
                JOIN units u ON u.id = c.handling_unit_id
                WHERE %s AND s.due_at < ? AND u.path LIKE ? %s
                ORDER BY s.due_at, s.id LIMIT ?""".formatted(RUNNING, assigneeUserId == null ? "" : "AND c.assignee_user_id = ?");
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            UtcColumns.set(ps, i++, now);
            ps.setString(i++, like(unitPathPrefix));
            if (assigneeUserId != null) {
                ps.setLong(i++, assigneeUserId);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Late> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Late(rs.getLong(1), rs.getString(2), ComplaintKind.valueOf(rs.getString(3)),
                            CaseStatus.valueOf(rs.getString(4)), rs.getString(5), Columns.getLong(rs, 6),
                            Columns.getLong(rs, 7), rs.getLong(8), Step.valueOf(rs.getString(9)),
                            UtcColumns.instant(rs, 10), UtcColumns.instant(rs, 11), UtcColumns.instant(rs, 12),
                            rs.getInt(13)));
                }
                return result;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public long countLateCases(Instant now, String unitPathPrefix, @Nullable Long assigneeUserId) {
        String sql = """
                SELECT COUNT(DISTINCT c.id) FROM complaint_steps s
                JOIN complaints c ON c.id = s.complaint_id
                JOIN units u ON u.id = c.handling_unit_id
                WHERE %s AND s.due_at < ? AND u.path LIKE ? %s""".formatted(RUNNING,
                assigneeUserId == null ? "" : "AND c.assignee_user_id = ?");
        return jdbc.prepareStatement(sql, ps -> {
            UtcColumns.set(ps, 1, now);
            ps.setString(2, like(unitPathPrefix));
            if (assigneeUserId != null) {
                ps.setLong(3, assigneeUserId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Candidate> openAcross(Instant from, Instant to, Instant now, @Nullable String unitPathPrefix) {
        String sql = """
                SELECT s.complaint_id, s.id FROM complaint_steps s
                JOIN complaints c ON c.id = s.complaint_id
                JOIN units u ON u.id = c.handling_unit_id
                WHERE s.ended_at IS NULL AND c.status IN (%s) AND s.started_at < ? AND s.due_at >= ? AND s.due_at >= ? %s
                ORDER BY s.complaint_id, s.id""".formatted(OPEN, unitPathPrefix == null ? "" : "AND u.path LIKE ?");
        return jdbc.prepareStatement(sql, ps -> {
            UtcColumns.set(ps, 1, to);
            UtcColumns.set(ps, 2, from);
            UtcColumns.set(ps, 3, now);
            if (unitPathPrefix != null) {
                ps.setString(4, like(unitPathPrefix));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Candidate> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new Candidate(rs.getLong(1), rs.getLong(2)));
                }
                return result;
            }
        });
    }

    /** A path prefix as a LIKE pattern: paths are digits and slashes, so only the wildcard is added. */
    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
