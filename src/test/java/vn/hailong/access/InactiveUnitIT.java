package vn.hailong.access;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.access.users.User;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Deactivating a unit stops the tokens and the users of it and of every unit below it, at once. */
@MicronautTest(transactional = false)
class InactiveUnitIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;

    @Test
    void tokens_and_sessions_of_a_deactivated_unit_and_its_subtree_stop_working() {
        Api api = new Api(server);
        String provinceAdmin = fixtures.token(Role.ADMIN, fixtures.province());
        Unit commune = fixtures.commune("Xã sắp giải thể");
        Unit point = fixtures.unitUnder(commune, "Điểm tiếp nhận", UnitType.RECEPTION_POINT);
        String communeToken = fixtures.token(Role.UNIT_MANAGER, commune);
        String pointToken = fixtures.token(Role.HANDLER, point);
        User handler = testUsers.create(TestUsers.unique("cb"), Role.HANDLER, point.id());

        assertThat(api.get("/api/v1/units", communeToken).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units", pointToken).status()).isEqualTo(200);
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.signIn(handler.username(), TestUsers.PASSWORD).status()).isEqualTo(303);
            assertThat(browser.get("/").status()).isEqualTo(200);

            Api.Response closed = api.delete("/api/v1/units/" + commune.code(), provinceAdmin);
            assertThat(closed.status()).as(closed.body()).isBetween(200, 204);

            assertThat(api.get("/api/v1/units", communeToken).status()).isEqualTo(401);
            assertThat(api.get("/api/v1/units", pointToken).status()).as("a unit below a closed one").isEqualTo(401);
            assertThat(browser.get("/").status()).as("the session ends with the unit").isEqualTo(303);
        }
        try (WebSession again = new WebSession(server)) {
            assertThat(again.signIn(handler.username(), TestUsers.PASSWORD).status()).isEqualTo(200);
            assertThat(again.get("/").status()).isEqualTo(303);
        }
        assertThat(api.get("/api/v1/units", provinceAdmin).status()).as("the province is untouched").isEqualTo(200);
    }
}
