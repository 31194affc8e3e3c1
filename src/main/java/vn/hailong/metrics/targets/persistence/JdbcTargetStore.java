package vn.hailong.metrics.targets.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.metrics.targets.SatisfactionTarget;
import vn.hailong.metrics.targets.TargetMeasure;
import vn.hailong.metrics.targets.TargetStore;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code satisfaction_targets}: '' in unit_code and sector_code stands for "every unit" and "no sector". */
@Singleton
class JdbcTargetStore implements TargetStore {

    private static final String COLUMNS = "id, target_year, unit_code, measure, sector_code, target_pct, source,"
            + " updated_by, updated_at";

    private final JdbcOperations jdbc;

    JdbcTargetStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SatisfactionTarget> all() {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM satisfaction_targets"
                + " ORDER BY target_year DESC, unit_code, measure, sector_code", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<SatisfactionTarget> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(target(rs));
                }
                return result;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SatisfactionTarget> byId(long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM satisfaction_targets WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(target(rs)) : Optional.<SatisfactionTarget>empty();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SatisfactionTarget> same(SatisfactionTarget.Draft d) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM satisfaction_targets WHERE target_year = ?"
                + " AND unit_code = ? AND measure = ? AND sector_code = ?", ps -> {
            ps.setInt(1, d.year());
            ps.setString(2, blank(d.unitCode()));
            ps.setString(3, d.measure().name());
            ps.setString(4, blank(d.sectorCode()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(target(rs)) : Optional.<SatisfactionTarget>empty();
            }
        });
    }

    @Override
    @Transactional
    public long insert(SatisfactionTarget.Draft d, String by, Instant at) {
        return jdbc.execute(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO satisfaction_targets (target_year,"
                    + " unit_code, measure, sector_code, target_pct, source, updated_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, d);
                ps.setString(7, by);
                UtcColumns.set(ps, 8, at);
                UtcColumns.set(ps, 9, at);
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
    public void update(long id, SatisfactionTarget.Draft d, String by, Instant at) {
        jdbc.prepareStatement("UPDATE satisfaction_targets SET target_year = ?, unit_code = ?, measure = ?,"
                + " sector_code = ?, target_pct = ?, source = ?, updated_by = ?, updated_at = ? WHERE id = ?", ps -> {
            bind(ps, d);
            ps.setString(7, by);
            UtcColumns.set(ps, 8, at);
            ps.setLong(9, id);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional
    public void delete(long id) {
        jdbc.prepareStatement("DELETE FROM satisfaction_targets WHERE id = ?", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate();
        });
    }

    private static void bind(PreparedStatement ps, SatisfactionTarget.Draft d) throws SQLException {
        ps.setInt(1, d.year());
        ps.setString(2, blank(d.unitCode()));
        ps.setString(3, d.measure().name());
        ps.setString(4, blank(d.sectorCode()));
        ps.setBigDecimal(5, d.pct());
        ps.setString(6, d.source());
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static SatisfactionTarget target(ResultSet rs) throws SQLException {
        String unit = rs.getString(3);
        String sector = rs.getString(5);
        return new SatisfactionTarget(rs.getLong(1), rs.getInt(2), unit.isEmpty() ? null : unit,
                TargetMeasure.valueOf(rs.getString(4)), sector.isEmpty() ? null : sector, rs.getBigDecimal(6),
                rs.getString(7), rs.getString(8), UtcColumns.instant(rs, 9));
    }
}
