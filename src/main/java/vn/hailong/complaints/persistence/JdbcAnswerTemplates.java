package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workspace.AnswerTemplates;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Singleton
class JdbcAnswerTemplates implements AnswerTemplates {

    private static final String COLUMNS = "id, kind, unit_id, title, body, created_by, created_at, updated_at";

    private final JdbcOperations jdbc;

    JdbcAnswerTemplates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Template> byId(long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM answer_templates WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(template(rs)) : Optional.<Template>empty();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Template> all() {
        return list("SELECT " + COLUMNS + " FROM answer_templates ORDER BY title, id", List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Template> fitting(ComplaintKind kind, Collection<Long> unitIds) {
        List<Object> args = new ArrayList<>();
        args.add(kind.name());
        String units = "";
        if (!unitIds.isEmpty()) {
            units = " OR unit_id IN (" + unitIds.stream().map(u -> "?").collect(Collectors.joining(", ")) + ")";
            args.addAll(unitIds);
        }
        return list("SELECT " + COLUMNS + " FROM answer_templates WHERE (kind IS NULL OR kind = ?) AND (unit_id IS NULL"
                + units + ") ORDER BY title, id", args);
    }

    @Override
    @Transactional
    public long insert(Draft d, String by, Instant at) {
        return jdbc.execute(connection -> {
            try (var ps = connection.prepareStatement("INSERT INTO answer_templates (kind, unit_id, title, body,"
                    + " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, d.kind() == null ? null : d.kind().name());
            Columns.setLong(ps, 2, d.unitId());
            ps.setString(3, d.title());
            ps.setString(4, d.body());
            ps.setString(5, by);
            UtcColumns.set(ps, 6, at);
            UtcColumns.set(ps, 7, at);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
            }
        });
    }

    @Override
    @Transactional
    public void update(long id, Draft d, Instant at) {
        jdbc.prepareStatement("UPDATE answer_templates SET kind = ?, unit_id = ?, title = ?, body = ?, updated_at = ? WHERE id = ?", ps -> {
            ps.setString(1, d.kind() == null ? null : d.kind().name());
            Columns.setLong(ps, 2, d.unitId());
            ps.setString(3, d.title());
            ps.setString(4, d.body());
            UtcColumns.set(ps, 5, at);
            ps.setLong(6, id);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional
    public void delete(long id) {
        jdbc.prepareStatement("DELETE FROM answer_templates WHERE id = ?", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
    }

    private List<Template> list(String sql, List<Object> args) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Template> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(template(rs));
                }
                return result;
            }
        });
    }

    private static Template template(ResultSet rs) throws SQLException {
        return new Template(rs.getLong(1), rs.getString(2) == null ? null : ComplaintKind.valueOf(rs.getString(2)),
                Columns.getLong(rs, 3), rs.getString(4), rs.getString(5), rs.getString(6), UtcColumns.instant(rs, 7),
                UtcColumns.instant(rs, 8));
    }
}
