package vn.hailong.kiosk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import vn.hailong.database.EmbeddedDatabaseConfigurer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The real service on a known port for the kiosk browser tests: the pairing link it prints must point at the port
 * the browser opens, and a test that stops the service starts it again on the same port.
 */
final class KioskServer {

    /** The browser rates several times within seconds; per-kiosk limits are covered by RatingApiIT. */
    static final Map<String, Object> PROPERTIES = Map.of(
            "micronaut.environments", "test",
            "hailong.kiosk.thanks-seconds", "2",
            "hailong.ratings.min-interval", "0s",
            "hailong.ratings.burst-max", "0");

    private KioskServer() {
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EmbeddedServer start(int port, Map<String, Object> overrides) {
        Map<String, Object> props = new HashMap<>(PROPERTIES);
        props.putAll(overrides);
        props.put("micronaut.server.port", port);
        props.put("hailong.public-base-url", "http://localhost:" + port);
        // the same embedded database as the rest of this JVM's tests (EmbeddedDatabase starts once per JVM)
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(props);
        new EmbeddedDatabaseConfigurer().configure(builder);
        return builder.start().getBean(EmbeddedServer.class).start();
    }

    static void stop(EmbeddedServer server) {
        if (server != null && server.isRunning()) {
            server.getApplicationContext().close();
        }
    }
}
