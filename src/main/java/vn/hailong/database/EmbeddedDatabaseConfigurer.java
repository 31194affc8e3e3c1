package vn.hailong.database;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;

import java.util.Map;

/**
 * Chooses the database before the application context starts: when no external URL is configured
 * ({@code DATASOURCES_DEFAULT_URL} or {@code datasources.default.url}), HaiLong starts its embedded MariaDB and
 * points the default datasource at it. The same code path serves {@code java -jar}, {@code mn:run} and tests.
 */
@ContextConfigurer
public final class EmbeddedDatabaseConfigurer implements ApplicationContextConfigurer {

    @Override
    public void configure(ApplicationContextBuilder builder) {
        if (EmbeddedDatabaseSettings.externalDatabaseConfigured()) {
            return;
        }
        EmbeddedDatabase database = EmbeddedDatabase.startOnce(EmbeddedDatabaseSettings.fromEnvironment());
        builder.properties(Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password()));
    }
}
