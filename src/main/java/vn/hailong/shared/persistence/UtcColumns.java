package vn.hailong.shared.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in {@code DATETIME(6)} columns, always as UTC wall time: a {@link LocalDateTime} goes to and comes from
 * the driver without any time-zone conversion, so the JVM's and the server's zones never matter.
 */
public final class UtcColumns {

    private UtcColumns() {
    }

    /** The column value of an instant (null stays null). */
    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant a column value stands for (null stays null). */
    public static Instant instant(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** The instant in column {@code column} of the current row, or null. */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    public static void set(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, of(instant));
    }
}
