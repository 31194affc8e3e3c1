package vn.hailong;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /prometheus is for an ADMIN token (the scraper's); /health is public and tells anonymous callers only UP. */
@MicronautTest(transactional = false)
class MetricsAccessIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void prometheus_needs_an_admin_token() {
        Api api = new Api(server);
        assertThat(api.get("/prometheus", null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/prometheus", null, null, Map.of("Accept", "text/plain")).status())
                .isEqualTo(401);
        assertThat(api.get("/prometheus", fixtures.token(Role.HANDLER, fixtures.province())).status())
                .isEqualTo(403);
        Api.Response scraped = api.send("GET", "/prometheus", fixtures.token(Role.ADMIN, fixtures.province()), null,
                Map.of("Accept", "text/plain"));
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("# TYPE");
    }

    @Test
    void health_tells_anonymous_callers_only_that_it_is_up() {
        Api.Response health = new Api(server).get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().replace(" ", "")).isEqualTo("{\"status\":\"UP\"}");
    }
}
