package vn.hailong.access;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * product.md §4.2: kiosk tokens may only submit ratings and complaints and read kiosk config; staff pages are for
 * users, not for machine tokens.
 */
@MicronautTest(transactional = false)
class KioskTokenReachIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void a_kiosk_token_reaches_neither_the_calendar_nor_the_directory() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        assertThat(api.get("/api/v1/calendar/holidays?year=2026", w.kioskToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/calendar/deadline?from=2026-02-12T16:59:00%2B07:00&amount=1&unit=WORKING_DAYS",
                w.kioskToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/units", w.kioskToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/calendar/holidays?year=2026", w.admin).status()).isEqualTo(200);
        String handler = fixtures.token(Role.HANDLER, fixtures.province());
        assertThat(api.get("/api/v1/calendar/holidays?year=2026", handler).status()).isEqualTo(200);
    }

    @Test
    void machine_tokens_do_not_open_staff_pages() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        String integration = fixtures.token(Role.INTEGRATION, fixtures.province());
        for (String token : new String[] {w.kioskToken, integration}) {
            Api.Response home = api.send("GET", "/", token, null, Map.of("Accept", "text/html"));
            assertThat(home.status()).isIn(401, 403, 303);
            assertThat(home.status()).isNotEqualTo(200);
        }
    }
}
