package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.workflow.CaseType;
import vn.hailong.complaints.workflow.CountedFrom;
import vn.hailong.complaints.workflow.DeadlinePolicies;
import vn.hailong.complaints.workflow.DeadlinePolicy;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcDeadlinePolicies implements DeadlinePolicies {

    private static final String COLUMNS = """
            id, case_type, urgency, remote_area, step, counted_from, amount, unit, max_extensions, extension_amount,
            extension_unit, warn_at_percent, legal_basis, effective_from, effective_to""";

    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcDeadlinePolicies(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlinePolicy> inForce(CaseType type, LocalDate day) {
        return list("SELECT " + COLUMNS + " FROM deadline_policies WHERE case_type = ? AND effective_from <= ?"
                + " AND (effective_to IS NULL OR effective_to >= ?) ORDER BY effective_from DESC, id DESC", type.name(), day, day);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlinePolicy> all() {
        return list("SELECT " + COLUMNS + " FROM deadline_policies ORDER BY case_type, step, urgency, remote_area, effective_from");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeadlinePolicy> byId(long id) {
        return list("SELECT " + COLUMNS + " FROM deadline_policies WHERE id = ?", id).stream().findFirst();
    }

    @Override
    @Transactional
    public long insert(DeadlinePolicy p, String createdBy) {
        return jdbc.execute(connection -> {
            try (var ps = connection.prepareStatement("""
                    INSERT INTO deadline_policies (case_type, urgency, remote_area, step, counted_from, amount, unit,
                      max_extensions, extension_amount, extension_unit, warn_at_percent, legal_basis, effective_from,
                      effective_to, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                int i = 1;
                ps.setString(i++, p.caseType().name());
                ps.setString(i++, p.urgency().name());
                ps.setBoolean(i++, p.remoteArea());
                ps.setString(i++, p.step().name());
                ps.setString(i++, p.countedFrom().name());
                ps.setInt(i++, p.amount());
                ps.setString(i++, p.unit().name());
                ps.setInt(i++, p.maxExtensions());
                ps.setInt(i++, p.extensionAmount());
                ps.setString(i++, p.extensionUnit() == null ? null : p.extensionUnit().name());
                ps.setInt(i++, p.warnAtPercent());
                ps.setString(i++, p.legalBasis());
                ps.setObject(i++, p.effectiveFrom());
                ps.setObject(i++, p.effectiveTo());
                ps.setString(i++, createdBy);
                UtcColumns.set(ps, i, clock.instant());
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
    public boolean endOn(long id, LocalDate lastDay) {
        return jdbc.prepareStatement("UPDATE deadline_policies SET effective_to = ? WHERE id = ? AND effective_to IS NULL", ps -> {
            ps.setObject(1, lastDay);
            ps.setLong(2, id);
            return ps.executeUpdate();
        }) == 1;
    }

    private List<DeadlinePolicy> list(String sql, Object... args) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<DeadlinePolicy> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(policy(rs));
                }
                return result;
            }
        });
    }

    private static DeadlinePolicy policy(ResultSet rs) throws SQLException {
        String extensionUnit = rs.getString(11);
        return new DeadlinePolicy(rs.getLong(1), CaseType.valueOf(rs.getString(2)), Urgency.valueOf(rs.getString(3)),
                rs.getBoolean(4), Step.valueOf(rs.getString(5)), CountedFrom.valueOf(rs.getString(6)), rs.getInt(7),
                DeadlineUnit.valueOf(rs.getString(8)), rs.getInt(9), rs.getInt(10),
                extensionUnit == null ? null : DeadlineUnit.valueOf(extensionUnit), rs.getInt(12), rs.getString(13),
                rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class));
    }
}
