package vn.hailong.access.matrix;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The province-wide question lists (the channels' criteria and the kiosks' default questions) as they were before
 * the matrix posted its empty forms, put back afterwards so that later tests find them as seeded.
 */
final class QuestionLists {

    private final DataSource dataSource;
    private final List<Object[]> channelRows;
    private final List<Object[]> kioskDefaultRows;

    private QuestionLists(DataSource dataSource, List<Object[]> channelRows, List<Object[]> kioskDefaultRows) {
        this.dataSource = dataSource;
        this.channelRows = channelRows;
        this.kioskDefaultRows = kioskDefaultRows;
    }

    static QuestionLists snapshot(ApplicationContext context) throws SQLException {
        DataSource ds = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        return new QuestionLists(ds, rows(ds, "SELECT channel, criterion_code, position FROM channel_questions"),
                rows(ds, "SELECT criterion_code, position FROM kiosk_questions WHERE kiosk_id IS NULL"));
    }

    void restore() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.executeUpdate("DELETE FROM channel_questions");
                s.executeUpdate("DELETE FROM kiosk_questions WHERE kiosk_id IS NULL");
            }
            insert(c, "INSERT INTO channel_questions (channel, criterion_code, position) VALUES (?, ?, ?)", channelRows);
            insert(c, "INSERT INTO kiosk_questions (kiosk_id, criterion_code, position) VALUES (NULL, ?, ?)",
                    kioskDefaultRows);
            c.commit();
        }
    }

    private static List<Object[]> rows(DataSource ds, String sql) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static void insert(Connection c, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
