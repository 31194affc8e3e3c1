package vn.hailong.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database the benchmark fills: the one in DATASOURCES_DEFAULT_URL, or else its own database (default
 * {@code hailong_bench}) on 127.0.0.1:3306 as root, dropped and created afresh. It never changes the server's
 * settings and never touches another database; on a database it did not create it refuses to run when the
 * ratings there are not its own.
 */
final class BenchDatabase {

    /** The idempotency scope of every generated rating: what tells the benchmark's rows from anyone else's. */
    static final String SCOPE = "bench";
    private static final String PARAMETERS = "connectionCollation=utf8mb4_unicode_ci&sslMode=DISABLED"
            + "&allowPublicKeyRetrieval=true";

    final String url;
    final String username;
    final String password;
    final boolean own;

    private BenchDatabase(String url, String username, String password, boolean own) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.own = own;
    }

    static BenchDatabase choose(BenchSettings settings) throws SQLException {
        String url = setting("datasources.default.url", "DATASOURCES_DEFAULT_URL");
        if (url != null) {
            return new BenchDatabase(url, orEmpty(setting("datasources.default.username", "DATASOURCES_DEFAULT_USERNAME")),
                    orEmpty(setting("datasources.default.password", "DATASOURCES_DEFAULT_PASSWORD")), false);
        }
        String name = settings.database();
        if (!name.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("bench.database must be a plain name: " + name);
        }
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/?" + PARAMETERS, "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new BenchDatabase("jdbc:mysql://127.0.0.1:3306/" + name + "?" + PARAMETERS, "root", "", true);
    }

    /**
     * A database of its own on the same server, named after this one with {@code "_" + suffix}, dropped and created
     * afresh (the service's sections run on an empty database, not on the dashboard's ratings).
     */
    BenchDatabase sibling(String suffix) throws SQLException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(jdbc:[a-z]+://[^/]+/)([A-Za-z0-9_]+)(.*)$")
                .matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("no plain database name in " + url.replaceAll("\\?.*", ""));
        }
        String name = m.group(2) + "_" + suffix;
        try (Connection c = DriverManager.getConnection(m.group(1) + m.group(3), username, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new BenchDatabase(m.group(1) + name + m.group(3), username, password, true);
    }

    /** A plain connection to this database (autocommit, the driver's defaults plus {@code extra} URL parameters). */
    Connection connection(String extra) throws SQLException {
        return DriverManager.getConnection(url + (extra.isEmpty() ? "" : (url.contains("?") ? "&" : "?") + extra),
                username, password);
    }

    /** The application context's view of the same database (EmbeddedDatabaseConfigurer then stays out of the way). */
    Map<String, Object> contextProperties() {
        return Map.of("datasources.default.url", url, "datasources.default.username", username,
                "datasources.default.password", password);
    }

    /** A connection of its own for bulk loading: local infile allowed, unique and foreign key checks off. */
    Connection bulkConnection() throws SQLException {
        String bulkUrl = url + (url.contains("?") ? "&" : "?") + "allowLoadLocalInfile=true&rewriteBatchedStatements=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
        Connection c = DriverManager.getConnection(bulkUrl, username, password);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
        }
        return c;
    }

    /** Refuses a database whose ratings are not the benchmark's own (someone's real data). */
    void requireOnlyBenchRatings(Connection c) throws SQLException {
        if (own) {
            return;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM ratings WHERE idempotency_scope <> '" + SCOPE + "' LIMIT 1")) {
            if (rs.next()) {
                throw new IllegalStateException("The database in DATASOURCES_DEFAULT_URL holds ratings that the "
                        + "benchmark did not make; it empties the ratings table, so it refuses to run there. "
                        + "Use an empty database, or unset DATASOURCES_DEFAULT_URL for its own hailong_bench.");
            }
        }
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
