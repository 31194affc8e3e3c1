package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.complaints.workspace.CaseQueue;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Singleton
class JdbcCaseQueue implements CaseQueue {

    private static final String OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private final JdbcOperations jdbc;

    JdbcCaseQueue(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** SQL with its parameters, built in order. */
    private static final class Query {
        final StringBuilder sql = new StringBuilder();
        final List<Object> args = new ArrayList<>();

        Query add(String part, Object... values) {
            sql.append(part);
            args.addAll(Arrays.asList(values));
            return this;
        }

        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof java.time.Instant t) {
                    UtcColumns.set(ps, i + 1, t);
                } else {
                    ps.setObject(i + 1, a);
                }
            }
        }
    }

    /** FROM and WHERE without the tab: the subtree, open (or the status asked for), kind, unit, code. */
    private static Query base(Query q, Scope scope, Filter filter) {
        q.add(" FROM complaints c JOIN units u ON u.id = c.handling_unit_id WHERE u.path LIKE ?",
                escape(scope.subtreePrefix()) + "%");
        if (filter.status() == null) {
            q.add(" AND c.status IN (" + OPEN + ")");
        } else {
            q.add(" AND c.status = ?", filter.status().name());
        }
        if (filter.kind() != null) {
            q.add(" AND c.kind = ?", filter.kind().name());
        }
        if (filter.unitId() != null) {
            q.add(" AND c.handling_unit_id = ?", filter.unitId());
        }
        if (filter.codePrefix() != null && !filter.codePrefix().isEmpty()) {
            q.add(" AND c.tracking_code LIKE ?", escape(filter.codePrefix()) + "%");
        }
        return q;
    }

    private static String tabCondition(Tab tab, Scope scope, List<Object> args) {
        switch (tab) {
            case MINE -> {
                args.add(scope.userId());
                return "c.assignee_user_id = ?";
            }
            case TEAM -> {
                if (scope.teamIds().isEmpty()) {
                    return "1 = 0";
                }
                args.addAll(scope.teamIds());
                return "c.team_id IN (" + scope.teamIds().stream().map(t -> "?").collect(Collectors.joining(", ")) + ")";
            }
            case UNASSIGNED -> {
                return "c.assignee_user_id IS NULL";
            }
            case DUE_SOON -> {
                args.add(scope.now());
                args.add(scope.soon());
                return "c.next_due_at >= ? AND c.next_due_at <= ?";
            }
            case OVERDUE -> {
                args.add(scope.now());
                return "c.next_due_at < ?";
            }
        }
        throw new IllegalArgumentException(tab.name());
    }

    private static Query where(Scope scope, Filter filter, String select) {
        Query q = base(new Query().add(select), scope, filter);
        List<Object> args = new ArrayList<>();
        String cond = tabCondition(filter.tab(), scope, args);
        q.add(" AND " + cond, args.toArray());
        return q;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Row> page(Scope scope, Filter filter, int offset, int limit) {
        Query q = where(scope, filter, """
                SELECT c.id, c.tracking_code, c.kind, c.urgency, c.status, SUBSTRING(c.text, 1, 200), c.handling_unit_id,
                  u.name, c.next_step, c.next_due_at, c.assignee_user_id, c.received_at""");
        q.add(" ORDER BY c.next_due_at IS NULL, c.next_due_at, c.received_at, c.id LIMIT ? OFFSET ?", limit, offset);
        return jdbc.prepareStatement(q.sql.toString(), ps -> {
            q.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), ComplaintKind.valueOf(rs.getString(3)),
                            Urgency.valueOf(rs.getString(4)), CaseStatus.valueOf(rs.getString(5)), rs.getString(6),
                            Columns.getLong(rs, 7), rs.getString(8),
                            rs.getString(9) == null ? null : Step.valueOf(rs.getString(9)), UtcColumns.instant(rs, 10),
                            Columns.getLong(rs, 11), UtcColumns.instant(rs, 12)));
                }
                return rows;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Scope scope, Filter filter) {
        Query q = where(scope, filter, "SELECT COUNT(*)");
        return jdbc.prepareStatement(q.sql.toString(), ps -> {
            q.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Tab, Long> counts(Scope scope, Filter filter) {
        Query q = new Query().add("SELECT ");
        Tab[] tabs = Tab.values();
        for (int i = 0; i < tabs.length; i++) {
            List<Object> args = new ArrayList<>();
            String cond = tabCondition(tabs[i], scope, args);
            q.add((i == 0 ? "" : ", ") + "COALESCE(SUM(CASE WHEN " + cond + " THEN 1 ELSE 0 END), 0)", args.toArray());
        }
        base(q, scope, filter);
        return jdbc.prepareStatement(q.sql.toString(), ps -> {
            q.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Map<Tab, Long> counts = new EnumMap<>(Tab.class);
                for (int i = 0; i < tabs.length; i++) {
                    counts.put(tabs[i], rs.getLong(i + 1));
                }
                return counts;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitChoice> activeUnits() {
        return jdbc.prepareStatement("SELECT id, code, name, path FROM units WHERE active = TRUE ORDER BY path", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<UnitChoice> units = new ArrayList<>();
                while (rs.next()) {
                    units.add(new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
                return units;
            }
        });
    }

    private static String escape(String like) {
        return like.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
