package vn.hailong.database;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and how the embedded database runs. Read from system properties first, then environment variables,
 * because it is decided before Micronaut's configuration exists.
 *
 * @param directory  stable folder holding the MariaDB binaries ({@code base}) and data ({@code data})
 * @param port       TCP port on 127.0.0.1; 0 picks a free one
 * @param database   schema name to create and use
 * @param fresh      drop the schema first (test runs start from an empty database)
 */
public record EmbeddedDatabaseSettings(Path directory, int port, String database, boolean fresh) {

    static final String DEFAULT_DATABASE = "hailong";

    public static boolean externalDatabaseConfigured() {
        return setting("datasources.default.url", "DATASOURCES_DEFAULT_URL").filter(s -> !s.isBlank()).isPresent();
    }

    public static EmbeddedDatabaseSettings fromEnvironment() {
        Path directory = setting("hailong.db.dir", "HAILONG_DB_DIR")
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".hailong", "db"));
        int port = setting("hailong.db.port", "HAILONG_DB_PORT").map(Integer::parseInt).orElse(0);
        String database = setting("hailong.db.name", "HAILONG_DB_NAME").orElse(DEFAULT_DATABASE);
        boolean fresh = setting("hailong.db.fresh", "HAILONG_DB_FRESH").map(Boolean::parseBoolean).orElse(false);
        return new EmbeddedDatabaseSettings(directory.toAbsolutePath(), port, database, fresh);
    }

    private static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return Optional.ofNullable(value);
    }
}
