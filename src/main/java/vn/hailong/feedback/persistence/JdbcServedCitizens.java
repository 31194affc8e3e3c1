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
import java.util.function.Consumer;

/** Counter transactions read back as served citizens, streamed. */
@Singleton
@Transactional(readOnly = true)
class JdbcServedCitizens implements ServedCitizens {

    private final JdbcOperations jdbc;

    JdbcServedCitizens(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachOfUnit(long unitId, Consumer<CitizenServed> consumer) {
        jdbc.prepareStatement("SELECT id, counter_id, opened_at FROM counter_transactions WHERE unit_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new CitizenServed(rs.getLong(1), unitId, rs.getLong(2),
                            UtcColumns.instant(rs.getObject(3, LocalDateTime.class)).atZone(ClockFactory.VIETNAM)
                                    .toLocalDate()));
                }
            }
            return null;
        });
    }
}
