package vn.hailong.metrics.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.metrics.Cell;
import vn.hailong.metrics.Dimension;
import vn.hailong.metrics.Distribution;
import vn.hailong.metrics.SatisfactionStore;
import vn.hailong.metrics.rollup.Grains;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures from the rollups: whole months from month rows, the rest from day rows ({@link Grains}). Totals,
 * units and months are summed from the channel rows.
 */
@Singleton
@Named("rollup")
@Transactional(readOnly = true)
public class RollupSatisfactionStore implements SatisfactionStore {

    private final JdbcOperations jdbc;

    RollupSatisfactionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Cell> cells(String unitPathPrefix, LocalDate from, LocalDate to, Dimension dimension) {
        List<Grains.Segment> segments = Grains.split(from, to);
        if (segments.isEmpty()) {
            return List.of();
        }
        String key;
        Dimension stored = dimension;
        switch (dimension) {
            case TOTAL -> {
                key = "0, 0, ''";
                stored = Dimension.CHANNEL;
            }
            case UNIT -> {
                key = "r.unit_id, 0, ''";
                stored = Dimension.CHANNEL;
            }
            case MONTH -> {
                key = "YEAR(r.period_start) * 100 + MONTH(r.period_start), 0, ''";
                stored = Dimension.CHANNEL;
            }
            default -> key = "r.k1, r.k2, r.kt";
        }
        StringBuilder periods = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            periods.append(i == 0 ? "" : " OR ").append("(r.grain = ? AND r.period_start BETWEEN ? AND ?)");
        }
        String sql = "SELECT " + key + ", SUM(r.n1), SUM(r.n2), SUM(r.n3), SUM(r.n4), SUM(r.n5)"
                + " FROM metric_rollups r JOIN units u ON u.id = r.unit_id"
                + " WHERE u.path LIKE CONCAT(?, '%') AND r.dim = ? AND (" + periods + ")"
                + (dimension == Dimension.TOTAL ? "" : " GROUP BY 1, 2, 3");
        int dim = stored.code();
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setString(i++, unitPathPrefix);
            ps.setInt(i++, dim);
            for (Grains.Segment s : segments) {
                ps.setString(i++, String.valueOf(s.grain()));
                ps.setObject(i++, s.from());
                ps.setObject(i++, s.to());
            }
            List<Cell> cells = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Distribution d = new Distribution(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                            rs.getLong(8));
                    if (d.n() > 0) {
                        cells.add(new Cell(rs.getLong(1), rs.getLong(2), rs.getString(3), d));
                    }
                }
            }
            return cells;
        });
    }
}
