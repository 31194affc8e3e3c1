package vn.hailong.metrics.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Reason;
import vn.hailong.metrics.Cell;
import vn.hailong.metrics.ChannelCode;
import vn.hailong.metrics.Dimension;
import vn.hailong.metrics.Distribution;
import vn.hailong.metrics.SatisfactionStore;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures by a plain GROUP BY over the raw ratings: what the rollups replace. Kept as the benchmark's baseline
 * and as the tests' oracle (the rollups must give the same cells); the product never reads it. It reads feedback's
 * tables directly for that reason only.
 */
@Singleton
@Named("raw")
@Transactional(readOnly = true)
public class RawSatisfactionStore implements SatisfactionStore {

    private static final String COUNTED = " FROM ratings r JOIN units u ON u.id = r.unit_id ";
    private static final String WHERE = " WHERE u.path LIKE CONCAT(?, '%') AND r.local_date BETWEEN ? AND ?"
            + " AND (r.flagged = FALSE OR r.released_at IS NOT NULL)";

    private final JdbcOperations jdbc;

    RawSatisfactionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Cell> cells(String unitPathPrefix, LocalDate from, LocalDate to, Dimension dimension) {
        if (dimension == Dimension.REASON) {
            return reasons(unitPathPrefix, from, to);
        }
        if (dimension == Dimension.SERVED) {
            return served(unitPathPrefix, from, to);
        }
        String key;
        String join = "";
        String filter = "";
        String level = "r.score";
        String count = "COUNT(*)";
        switch (dimension) {
            case TOTAL -> key = "0, 0, ''";
            case CHANNEL -> key = "0, 0, r.channel";
            case SECTOR -> {
                key = "p.sector_id, 0, ''";
                join = "JOIN procedures p ON p.id = r.procedure_id ";
            }
            case PROCEDURE -> {
                key = "r.procedure_id, 0, ''";
                filter = " AND r.procedure_id IS NOT NULL";
            }
            case OFFICER -> {
                key = "r.officer_id, 0, ''";
                filter = " AND r.officer_id IS NOT NULL";
            }
            case COUNTER -> {
                key = "r.counter_id, 0, ''";
                filter = " AND r.counter_id IS NOT NULL";
            }
            case APPLICANT -> key = "CASE r.applicant_type WHEN 'INDIVIDUAL' THEN 1 WHEN 'ORGANISATION' THEN 2 ELSE 0 END, 0, ''";
            case CRITERION -> {
                key = "0, 0, a.criterion_code";
                join = "JOIN rating_answers a ON a.rating_id = r.id ";
                level = "a.score";
            }
            case ELEMENT -> {
                key = "0, 0, e.code";
                join = "JOIN rating_answers a ON a.rating_id = r.id JOIN survey_criteria c ON c.code = a.criterion_code"
                        + " JOIN survey_elements e ON e.id = c.element_id ";
                count = "COUNT(DISTINCT r.id)";
            }
            case OFFICER_PROCEDURE -> {
                key = "r.officer_id, r.procedure_id, ''";
                filter = " AND r.officer_id IS NOT NULL AND r.procedure_id IS NOT NULL";
            }
            case OFFICER_CHANNEL -> {
                key = "r.officer_id, 0, r.channel";
                filter = " AND r.officer_id IS NOT NULL";
            }
            case UNIT -> key = "r.unit_id, 0, ''";
            case COUNTER_CHANNEL -> {
                key = "r.counter_id, 0, r.channel";
                filter = " AND r.counter_id IS NOT NULL";
            }
            case MONTH -> key = "YEAR(r.local_date) * 100 + MONTH(r.local_date), 0, ''";
            default -> throw new IllegalArgumentException("dimension " + dimension);
        }
        String sql = "SELECT " + key + ", " + level + ", " + count + COUNTED + join + WHERE + filter
                + " GROUP BY 1, 2, 3, 4";
        boolean channelInText = dimension == Dimension.CHANNEL || dimension == Dimension.OFFICER_CHANNEL
                || dimension == Dimension.COUNTER_CHANNEL;
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, unitPathPrefix);
            ps.setObject(2, from);
            ps.setObject(3, to);
            Map<List<Object>, Distribution> cells = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long a = rs.getLong(1);
                    long b = rs.getLong(2);
                    String text = rs.getString(3);
                    if (channelInText) {
                        long channel = ChannelCode.of(text);
                        if (dimension == Dimension.CHANNEL) {
                            a = channel;
                        } else {
                            b = channel;
                        }
                        text = "";
                    }
                    cells.merge(List.of(a, b, text), Distribution.EMPTY.plus(rs.getInt(4), rs.getLong(5)),
                            Distribution::plus);
                }
            }
            List<Cell> list = new ArrayList<>();
            cells.forEach((k, d) -> list.add(new Cell((Long) k.get(0), (Long) k.get(1), (String) k.get(2), d)));
            return list;
        });
    }

    private List<Cell> served(String unitPathPrefix, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("SELECT t.counter_id, COUNT(*) FROM counter_transactions t JOIN units u ON u.id = t.unit_id"
                + " WHERE u.path LIKE CONCAT(?, '%') AND DATE(t.opened_at + INTERVAL 7 HOUR) BETWEEN ? AND ?"
                + " GROUP BY t.counter_id", ps -> {
            ps.setString(1, unitPathPrefix);
            ps.setObject(2, from);
            ps.setObject(3, to);
            List<Cell> cells = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.add(new Cell(rs.getLong(1), Distribution.EMPTY.plus(1, rs.getLong(2))));
                }
            }
            return cells;
        });
    }

    private List<Cell> reasons(String unitPathPrefix, LocalDate from, LocalDate to) {
        StringBuilder sums = new StringBuilder();
        for (Reason reason : Reason.values()) {
            sums.append(", SUM(FIND_IN_SET('").append(reason.name()).append("', r.reasons) > 0)");
        }
        return jdbc.prepareStatement("SELECT r.score" + sums + COUNTED + WHERE + " AND r.reasons IS NOT NULL"
                + " GROUP BY r.score", ps -> {
            ps.setString(1, unitPathPrefix);
            ps.setObject(2, from);
            ps.setObject(3, to);
            Distribution[] byReason = new Distribution[Reason.values().length];
            java.util.Arrays.fill(byReason, Distribution.EMPTY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int score = rs.getInt(1);
                    for (int i = 0; i < byReason.length; i++) {
                        byReason[i] = byReason[i].plus(score, rs.getLong(i + 2));
                    }
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < byReason.length; i++) {
                if (byReason[i].n() > 0) {
                    cells.add(new Cell(i + 1, byReason[i]));
                }
            }
            return cells;
        });
    }
}
