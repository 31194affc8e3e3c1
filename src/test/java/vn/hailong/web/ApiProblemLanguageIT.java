package vn.hailong.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Micronaut's own refusals of an API request (bean validation, binding, security, unknown paths) answer in the
 * language of {@code Accept-Language} like our rule violations, naming the offending field, Vietnamese by default.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.bootstrap.api-token", value = ApiProblemLanguageIT.BOOTSTRAP)
class ApiProblemLanguageIT {

    static final String BOOTSTRAP = "hl_test-bootstrap-token-for-api-problem-language";
    private static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-US,en;q=0.9");
    private static final Map<String, String> VIETNAMESE = Map.of("Accept-Language", "vi-VN");

    @Inject
    EmbeddedServer server;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    private Api.Response post(String path, String body, Map<String, String> headers) {
        return api.send("POST", path, BOOTSTRAP, body, headers);
    }

    @Test
    void a_blank_required_field_is_named_in_the_language_asked_for() {
        String body = """
                {"code":"%s","name":"  ","type":"WARD","parentCode":"46"}""".formatted(Fixtures.unique("W"));

        Api.Response english = post("/api/v1/units", body, ENGLISH);
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.body()).contains("\"detail\":\"The field “name” is required and must not be blank.\"")
                .contains("{\"field\":\"name\",\"message\":\"The field “name” is required and must not be blank.\"}");

        Api.Response vietnamese = post("/api/v1/units", body, VIETNAMESE);
        assertThat(vietnamese.status()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("\"detail\":\"Trường «name» là bắt buộc, không được để trống.\"")
                .contains("{\"field\":\"name\",");

        Api.Response unspecified = post("/api/v1/units", body, Map.of());
        assertThat(unspecified.body()).contains("\"detail\":\"Trường «name» là bắt buộc");
    }

    @Test
    void a_too_long_field_says_its_limit() {
        String body = """
                {"code":"%s","name":"%s","type":"WARD","parentCode":"46"}""".formatted(Fixtures.unique("W"), "x".repeat(256));
        Api.Response english = post("/api/v1/units", body, ENGLISH);
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(english.body()).contains("{\"field\":\"name\",\"message\":\"The field “name” must be at most 255 characters long.\"}");
        assertThat(post("/api/v1/units", body, Map.of()).body()).contains("Trường «name» dài tối đa 255 ký tự.");
    }

    @Test
    void an_unknown_field_is_named() {
        String body = """
                {"code":"%s","name":"Đất đai","colour":"red"}""".formatted(Fixtures.unique("S"));
        Api.Response english = post("/api/v1/sectors", body, ENGLISH);
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(english.body()).contains("{\"field\":\"colour\",\"message\":\"The field “colour” is not supported.\"}");
        assertThat(post("/api/v1/sectors", body, Map.of()).body()).contains("Trường «colour» không được hỗ trợ.");
    }

    @Test
    void a_wrong_type_a_bad_enum_and_a_missing_body_are_refused_in_the_language_asked_for() {
        Api.Response badEnum = post("/api/v1/units", """
                {"code":"%s","name":"Phường A","type":"VILLAGE","parentCode":"46"}""".formatted(Fixtures.unique("W")), ENGLISH);
        assertThat(badEnum.status()).as(badEnum.body()).isEqualTo(400);
        assertThat(badEnum.body()).contains("\"detail\":\"The request body is not valid JSON");

        Api.Response wrongType = post("/api/v1/sectors", """
                {"code":"%s","name":"Đất đai","targetPct":{"a":1}}""".formatted(Fixtures.unique("S")), VIETNAMESE);
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"detail\":\"Nội dung yêu cầu không phải JSON hợp lệ");

        Api.Response missing = api.send("POST", "/api/v1/sectors", BOOTSTRAP, "", Map.of("Accept-Language", "en",
                "Content-Type", "application/json"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"detail\":\"The request body");

        Api.Response badQuery = api.send("GET", "/api/v1/units?page=abc", BOOTSTRAP, null, ENGLISH);
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.body()).contains("{\"field\":\"page\",\"message\":\"The value of “page” has the wrong type.\"}");
    }

    @Test
    void no_token_is_unauthorised_in_the_language_asked_for() {
        Api.Response english = api.send("GET", "/api/v1/units", null, null, ENGLISH);
        assertThat(english.status()).isEqualTo(401);
        assertThat(english.body()).contains("\"detail\":\"Authentication required: send a valid Authorization: Bearer <token> header.\"");

        Api.Response vietnamese = api.send("GET", "/api/v1/units", null, null, Map.of());
        assertThat(vietnamese.body()).contains("\"detail\":\"Cần xác thực: gửi header Authorization: Bearer <token> hợp lệ.\"");
    }

    @Test
    void an_unknown_path_and_a_wrong_method_answer_in_the_language_asked_for() {
        Api.Response notFound = api.send("GET", "/api/v1/no-such-thing", BOOTSTRAP, null, ENGLISH);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("\"detail\":\"Not found.\"");
        assertThat(api.send("GET", "/api/v1/no-such-thing", BOOTSTRAP, null, Map.of()).body())
                .contains("\"detail\":\"Không tìm thấy.\"");

        Api.Response wrongMethod = api.send("DELETE", "/api/v1/units", BOOTSTRAP, null, ENGLISH);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"detail\":\"Method not allowed.\"");
    }
}
