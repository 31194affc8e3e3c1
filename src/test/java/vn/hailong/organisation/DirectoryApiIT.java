package vn.hailong.organisation;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.Fixtures.unique;

@MicronautTest(transactional = false)
@Property(name = "hailong.bootstrap.api-token", value = DirectoryApiIT.BOOTSTRAP)
class DirectoryApiIT {

    static final String BOOTSTRAP = "hl_test-bootstrap-token-for-directory-api";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    io.micronaut.serde.ObjectMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    @Test
    void bootstrap_token_builds_a_directory_and_vietnamese_names_round_trip() throws Exception {
        String ward = unique("W");
        var created = api.post("/api/v1/units", BOOTSTRAP, """
                {"code":"%s","name":"Phường Thuận Hóa – Đúc, Vĩnh Ninh 🏛","type":"WARD","parentCode":"46"}""".formatted(ward));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/units/" + ward);
        assertThat(api.get(created.header("Location"), BOOTSTRAP).body()).contains("\"code\":\"" + ward + "\"");

        var sector = unique("S");
        assertThat(api.post("/api/v1/sectors", BOOTSTRAP, """
                {"code":"%s","name":"Hộ tịch","targetPct":90}""".formatted(sector)).status()).isEqualTo(201);
        String procedure = unique("1.001193");
        assertThat(api.post("/api/v1/procedures", BOOTSTRAP, """
                {"code":"%s","name":"Thủ tục đăng ký khai sinh","sectorCode":"%s","processingDays":0}"""
                .formatted(procedure, sector)).status()).isEqualTo(201);
        String counter = unique("Q");
        assertThat(api.post("/api/v1/counters", BOOTSTRAP, """
                {"code":"%s","name":"Quầy Tư pháp – Hộ tịch","unitCode":"%s"}""".formatted(counter, ward)).status())
                .isEqualTo(201);
        String officer = unique("CB");
        assertThat(api.post("/api/v1/officers", BOOTSTRAP, """
                {"code":"%s","fullName":"Tôn Nữ Minh Châu","unitCode":"%s","counterCode":"%s"}"""
                .formatted(officer, ward, counter)).status()).isEqualTo(201);
        var kiosk = api.post("/api/v1/kiosks", BOOTSTRAP, """
                {"code":"%s","name":"Ki-ốt quầy 1","unitCode":"%s","counterCode":"%s"}"""
                .formatted(unique("K"), ward, counter));
        assertThat(kiosk.status()).as(kiosk.body()).isEqualTo(201);
        assertThat(kiosk.body()).contains("\"token\":\"hl_");

        var unit = json.readValue(api.get("/api/v1/units/" + ward, BOOTSTRAP).body(), java.util.Map.class);
        assertThat(unit.get("name")).isEqualTo("Phường Thuận Hóa – Đúc, Vĩnh Ninh 🏛");
        assertThat(unit.get("parentCode")).isEqualTo("46");
        assertThat(api.get("/api/v1/officers/" + officer, BOOTSTRAP).body()).contains("Tôn Nữ Minh Châu");
        assertThat(api.get("/api/v1/procedures/" + procedure, BOOTSTRAP).body()).contains("Thủ tục đăng ký khai sinh");
    }

    @Test
    void unknown_field_is_refused_with_problem_json() {
        var response = api.post("/api/v1/sectors", BOOTSTRAP, """
                {"code":"%s","name":"Đất đai","colour":"red"}""".formatted(unique("S")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("colour");
    }

    @Test
    void missing_required_field_is_refused_with_problem_json() {
        var response = api.post("/api/v1/units", BOOTSTRAP, """
                {"code":"%s","type":"WARD","parentCode":"46"}""".formatted(unique("W")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("name");
    }

    @Test
    void duplicate_code_is_a_conflict() {
        String code = unique("S");
        String body = """
                {"code":"%s","name":"Xây dựng","targetPct":85}""".formatted(code);
        assertThat(api.post("/api/v1/sectors", BOOTSTRAP, body).status()).isEqualTo(201);
        var again = api.post("/api/v1/sectors", BOOTSTRAP, body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body()).contains(code);
    }

    @Test
    void no_token_or_a_wrong_token_is_unauthorised() {
        var none = api.get("/api/v1/units", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/units", "hl_not-a-real-token").status()).isEqualTo(401);
    }

    @Test
    void revoked_token_no_longer_works() {
        var created = api.post("/api/v1/tokens", BOOTSTRAP, """
                {"name":"tích hợp một cửa","role":"INTEGRATION","unitCode":"46"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        assertThat(api.get("/api/v1/units/46", token).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/tokens/" + id, BOOTSTRAP).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/units/46", token).status()).isEqualTo(401);
    }

    @Test
    void an_admin_scoped_to_one_commune_cannot_reach_another() {
        Unit mine = fixtures.commune("Xã Phú Vang");
        Unit other = fixtures.commune("Xã Phú Hồ");
        String admin = fixtures.token(Role.ADMIN, mine);

        assertThat(api.get("/api/v1/units/" + mine.code(), admin).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units/" + other.code(), admin).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/counters", admin, """
                {"code":"%s","name":"Quầy 1","unitCode":"%s"}""".formatted(unique("Q"), other.code())).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/units", admin, """
                {"code":"%s","name":"Điểm tiếp nhận","type":"RECEPTION_POINT","parentCode":"%s"}"""
                .formatted(unique("P"), other.code())).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/units/" + other.code(), admin, """
                {"code":"%s","name":"Đổi tên","type":"COMMUNE"}""".formatted(other.code())).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/tokens", admin, """
                {"name":"x","role":"ADMIN","unitCode":"%s"}""".formatted(other.code())).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/units", admin).body()).contains(mine.code()).doesNotContain(other.code());
        // the province catalogue is the province admins' to change
        assertThat(api.post("/api/v1/sectors", admin, """
                {"code":"%s","name":"Đất đai"}""".formatted(unique("S"))).status()).isEqualTo(403);
    }

    @Test
    void role_and_unit_scope_matrix() {
        Unit mine = fixtures.commune("Phường An Cựu");
        Unit child = fixtures.unitUnder(mine, "Trung tâm Phục vụ hành chính công phường An Cựu", UnitType.SERVICE_CENTRE_COMMUNE);
        Unit other = fixtures.commune("Phường Vỹ Dạ");
        for (Role role : Role.values()) {
            String token = fixtures.token(role, mine);
            boolean reader = role != Role.KIOSK;
            boolean writer = role == Role.ADMIN;
            assertThat(api.get("/api/v1/units/" + mine.code(), token).status()).as(role + " reads own unit")
                    .isEqualTo(reader ? 200 : 403);
            assertThat(api.get("/api/v1/units/" + child.code(), token).status()).as(role + " reads a unit below")
                    .isEqualTo(reader ? 200 : 403);
            assertThat(api.get("/api/v1/units/" + other.code(), token).status()).as(role + " reads a sibling unit")
                    .isEqualTo(reader ? 404 : 403);
            assertThat(api.post("/api/v1/counters", token, """
                    {"code":"%s","name":"Quầy","unitCode":"%s"}""".formatted(unique("Q"), child.code())).status())
                    .as(role + " creates a counter below").isEqualTo(writer ? 201 : 403);
            assertThat(api.post("/api/v1/counters", token, """
                    {"code":"%s","name":"Quầy","unitCode":"%s"}""".formatted(unique("Q"), other.code())).status())
                    .as(role + " creates a counter in a sibling").isEqualTo(403);
        }
    }
}
