package vn.hailong.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.Map;

/**
 * Another service node (or the same one after a restart) on the test database, for tests of what every node must
 * share. Built through {@link ApplicationContext#builder()}, which applies the {@code @ContextConfigurer} that
 * points a context at the embedded database when none is configured; {@code ApplicationContext.run} would not.
 */
public final class Nodes {

    private Nodes() {
    }

    /** A started context of the test environment, with these properties on top. */
    public static ApplicationContext context(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }

    /** A started HTTP server on a free port, with these properties on top; closing it stops its context. */
    public static EmbeddedServer server(Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        return context(all).getBean(EmbeddedServer.class).start();
    }
}
