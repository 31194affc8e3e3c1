package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.routing.RoutingRule;
import vn.hailong.complaints.routing.RoutingRules;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcRoutingRules implements RoutingRules {

    private static final String COLUMNS = """
            id, name, priority, kind, sector_id, subtree_unit_id, keywords, handling_unit_id, team_id, is_default, active""";

    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcRoutingRules(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoutingRule> all() {
        return list("SELECT " + COLUMNS + " FROM routing_rules ORDER BY priority, id", null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoutingRule> active() {
        return list("SELECT " + COLUMNS + " FROM routing_rules WHERE active = TRUE ORDER BY priority, id", null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RoutingRule> byId(long id) {
        return list("SELECT " + COLUMNS + " FROM routing_rules WHERE id = ?", id).stream().findFirst();
    }

    @Override
    @Transactional
    public RoutingRule insert(RoutingRule rule) {
        long id = jdbc.execute(connection -> {
            try (var ps = connection.prepareStatement("""
                    INSERT INTO routing_rules (name, priority, kind, sector_id, subtree_unit_id, keywords,
                      handling_unit_id, team_id, is_default, active, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                int i = fill(ps, rule);
                UtcColumns.set(ps, i++, clock.instant());
                UtcColumns.set(ps, i, clock.instant());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new RoutingRule(id, rule.name(), rule.priority(), rule.kind(), rule.sectorId(), rule.subtreeUnitId(),
                rule.keywords(), rule.handlingUnitId(), rule.teamId(), rule.isDefault(), rule.active());
    }

    @Override
    @Transactional
    public void update(RoutingRule rule) {
        jdbc.prepareStatement("""
                UPDATE routing_rules SET name = ?, priority = ?, kind = ?, sector_id = ?, subtree_unit_id = ?,
                  keywords = ?, handling_unit_id = ?, team_id = ?, is_default = ?, active = ?, updated_at = ?
                WHERE id = ?""", ps -> {
            int i = fill(ps, rule);
            UtcColumns.set(ps, i++, clock.instant());
            ps.setLong(i, rule.id());
            return ps.executeUpdate();
        });
    }

    /** Sets the rule's columns from the first parameter; returns the next parameter's index. */
    private static int fill(PreparedStatement ps, RoutingRule r) throws SQLException {
        int i = 1;
        ps.setString(i++, r.name());
        ps.setInt(i++, r.priority());
        ps.setString(i++, r.kind() == null ? null : r.kind().name());
        setLong(ps, i++, r.sectorId());
        setLong(ps, i++, r.subtreeUnitId());
        ps.setString(i++, r.keywords());
        setLong(ps, i++, r.handlingUnitId());
        setLong(ps, i++, r.teamId());
        ps.setBoolean(i++, r.isDefault());
        ps.setBoolean(i++, r.active());
        return i;
    }

    private static void setLong(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private List<RoutingRule> list(String sql, Long id) {
        return jdbc.prepareStatement(sql, ps -> {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<RoutingRule> result = new ArrayList<>();
                while (rs.next()) {
                    String kind = rs.getString(4);
                    result.add(new RoutingRule(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            kind == null ? null : ComplaintKind.valueOf(kind), rs.getObject(5, Long.class),
                            rs.getObject(6, Long.class), rs.getString(7), rs.getObject(8, Long.class),
                            rs.getObject(9, Long.class), rs.getBoolean(10), rs.getBoolean(11)));
                }
                return result;
            }
        });
    }
}
