package vn.hailong.feedback.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.feedback.CitizenServed;
import vn.hailong.feedback.ServedCitizens;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.time.ClockFactory;

import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Counter transactions read back as served citizens. */
@Singleton
@Transactional(readOnly = true)
class JdbcServedCitizens implements ServedCitizens {

    private final JdbcOperations jdbc;

    JdbcServedCitizens(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CitizenServed> servedBetween(long fromId, long toId, int limit) {
        return jdbc.prepareStatement("SELECT id, unit_id, counter_id, opened_at FROM counter_transactions"
                + " WHERE id BETWEEN ? AND ? ORDER BY id LIMIT ?", ps -> {
            ps.setLong(1, fromId);
            ps.setLong(2, toId);
            ps.setInt(3, limit);
            List<CitizenServed> served = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    served.add(new CitizenServed(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            UtcColumns.instant(rs.getObject(4, LocalDateTime.class)).atZone(ClockFactory.VIETNAM)
                                    .toLocalDate()));
                }
            }
            return served;
        });
    }
}
