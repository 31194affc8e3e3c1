package vn.hailong.dossiers.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.DossierListing;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.sql.LikePatterns;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The staff list of dossiers in SQL: a unit subtree by path prefix, newest received first. */
@Singleton
@Transactional(readOnly = true)
class JdbcDossierListing implements DossierListing {

    private static final String FROM = " FROM dossiers d JOIN units u ON u.id = d.unit_id"
            + " JOIN procedures p ON p.id = d.procedure_id";
    private static final String NAMES = ", u.code, u.name, p.code, p.name,"
            + " (SELECT o.full_name FROM officers o WHERE o.id = d.officer_id),"
            + " (SELECT c.name FROM counters c WHERE c.id = d.counter_id)";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcDossierListing(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public long count(Filter f) {
        Where where = where(f);
        return jdbc.prepareStatement("SELECT COUNT(*)" + FROM + where.sql, ps -> {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<Listed> page(Filter f, int limit, int offset) {
        Where where = where(f);
        return jdbc.prepareStatement("SELECT " + DossierRows.COLUMNS + NAMES + FROM + where.sql
                + " ORDER BY d.received_at DESC, d.id DESC LIMIT ? OFFSET ?", ps -> {
            int i = where.bind(ps, 1);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            return read(ps);
        });
    }

    @Override
    public Optional<Listed> byCode(String code) {
        return jdbc.prepareStatement("SELECT " + DossierRows.COLUMNS + NAMES + FROM + " WHERE d.code = ?", ps -> {
            ps.setString(1, code);
            return read(ps).stream().findFirst();
        });
    }

    private List<Listed> read(PreparedStatement ps) throws SQLException {
        List<Listed> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int n = DossierRows.COLUMN_COUNT;
                rows.add(new Listed(DossierRows.read(rs, phones), rs.getString(n + 1), rs.getString(n + 2),
                        rs.getString(n + 3), rs.getString(n + 4), rs.getString(n + 5), rs.getString(n + 6)));
            }
        }
        return rows;
    }

    /** The WHERE clause of a filter and its parameters in order. */
    private record Where(String sql, List<Object> params) {
        int bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            return i;
        }
    }

    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE u.path LIKE CONCAT(?, '%')");
        List<Object> params = new ArrayList<>();
        params.add(LikePatterns.escape(f.unitPathPrefix()));
        if (f.codeContains() != null) {
            sql.append(" AND d.code LIKE CONCAT('%', ?, '%')");
            params.add(LikePatterns.escape(f.codeContains()));
        }
        if (f.procedureContains() != null) {
            sql.append(" AND (p.code LIKE CONCAT('%', ?, '%') OR p.name LIKE CONCAT('%', ?, '%'))");
            params.add(LikePatterns.escape(f.procedureContains()));
            params.add(LikePatterns.escape(f.procedureContains()));
        }
        if (f.receivedFrom() != null) {
            sql.append(" AND d.received_at >= ?");
            params.add(UtcColumns.of(f.receivedFrom()));
        }
        if (f.receivedBefore() != null) {
            sql.append(" AND d.received_at < ?");
            params.add(UtcColumns.of(f.receivedBefore()));
        }
        if (f.state() != null) {
            switch (f.state()) {
                case RETURNED -> sql.append(" AND d.returned_at IS NOT NULL");
                case FINISHED -> sql.append(" AND d.returned_at IS NULL AND d.finished_at IS NOT NULL");
                case OVERDUE -> {
                    sql.append(" AND d.returned_at IS NULL AND d.finished_at IS NULL AND d.appointment_at < ?");
                    params.add(UtcColumns.of(f.now()));
                }
                case IN_PROGRESS -> {
                    sql.append(" AND d.returned_at IS NULL AND d.finished_at IS NULL AND d.appointment_at >= ?");
                    params.add(UtcColumns.of(f.now()));
                }
            }
        }
        return new Where(sql.toString(), params);
    }
}
