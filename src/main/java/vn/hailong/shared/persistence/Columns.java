package vn.hailong.shared.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Nullable {@code BIGINT} columns (optional references) to and from JDBC, where 0 must not stand for "none". */
public final class Columns {

    private Columns() {
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The value of column {@code column} of the current row, or null when it is SQL NULL. */
    public static Long getLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
