package vn.hailong.dossiers.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.DossierCounts;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.sql.LikePatterns;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossier denominators in SQL. Ratings and complaints name a dossier only by its code, so this reads
 * {@code ratings.dossier_code} and {@code complaints.dossier_code} (indexed for it) besides the dossiers: the one
 * place outside feedback and complaints that does.
 */
@Singleton
@Transactional(readOnly = true)
class JdbcDossierCounts implements DossierCounts {

    private static final String COUNTED_RATING = "SELECT 1 FROM ratings r WHERE r.dossier_code = d.code"
            + " AND (r.flagged = FALSE OR r.released_at IS NOT NULL)";

    private final JdbcOperations jdbc;

    JdbcDossierCounts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Count> returned(String unitPathPrefix, Instant from, Instant before, By by) {
        String key = switch (by) {
            case TOTAL -> "NULL";
            case OFFICER -> "d.officer_id";
            case PROCEDURE -> "d.procedure_id";
        };
        String sql = "SELECT k, COUNT(*), SUM(rated), SUM(late), SUM(late OR unhappy OR complained) FROM ("
                + " SELECT " + key + " AS k,"
                + " EXISTS (" + COUNTED_RATING + ") AS rated,"
                + " COALESCE(d.finished_at, d.returned_at) > COALESCE(d.original_appointment_at, d.appointment_at) AS late,"
                + " EXISTS (" + COUNTED_RATING + " AND r.score <= 2) AS unhappy,"
                // a complaint filed without a token or a staff session (scope "addr:") may name any code it read on
                // a receipt: it does not make a dossier unsatisfactory; the SMS reply, staff and API ones do
                + " EXISTS (SELECT 1 FROM complaints c WHERE c.dossier_code = d.code"
                + " AND (c.idempotency_scope IS NULL OR c.idempotency_scope NOT LIKE 'addr:%')) AS complained"
                + " FROM dossiers d JOIN units u ON u.id = d.unit_id"
                + " WHERE u.path LIKE CONCAT(?, '%') AND d.returned_at >= ? AND d.returned_at < ?"
                + ") x GROUP BY k ORDER BY k";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, LikePatterns.escape(unitPathPrefix));
            UtcColumns.set(ps, 2, from);
            UtcColumns.set(ps, 3, before);
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new Count(Columns.getLong(rs, 1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
            return counts;
        });
    }
}
