package vn.hailong.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One way from a broken rule to words: a page shows every broken field of a submit at once, in the page's language
 * (the language switch), and the API answers in the language of {@code Accept-Language}, Vietnamese by default.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.bootstrap.api-token", value = RuleViolationLanguageIT.BOOTSTRAP)
class RuleViolationLanguageIT {

    static final String BOOTSTRAP = "hl_test-bootstrap-token-for-rule-violation-language";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    @Test
    void an_english_unit_form_with_empty_code_and_name_shows_both_messages_in_english() {
        try (WebSession admin = englishAdmin()) {
            Document page = admin.get("/quan-tri/don-vi/moi").html();
            WebSession.Page refused = submit(admin, page, "[data-testid=unit-form]", Map.of("code", "", "name", ""));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.byTestId("code-error").text()).isEqualTo("Please enter a code.");
            assertThat(refused.byTestId("name-error").text()).isEqualTo("Please enter a name.");
        }
    }

    @Test
    void the_same_unit_form_in_vietnamese_speaks_vietnamese() {
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document page = admin.get("/quan-tri/don-vi/moi").html();
            WebSession.Page refused = submit(admin, page, "[data-testid=unit-form]", Map.of("code", "", "name", ""));

            assertThat(refused.byTestId("code-error").text()).isEqualTo("Vui lòng nhập mã.");
            assertThat(refused.byTestId("name-error").text()).isEqualTo("Vui lòng nhập tên.");
        }
    }

    @Test
    void an_english_user_form_shows_every_broken_field_in_english() {
        try (WebSession admin = englishAdmin()) {
            Document page = admin.get("/quan-tri/nguoi-dung/moi").html();
            WebSession.Page refused = submit(admin, page, "[data-testid=user-form]",
                    Map.of("username", "", "fullName", "", "password", "short"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.byTestId("username-error").text()).startsWith("Usernames are 3–64 characters");
            assertThat(refused.byTestId("fullName-error").text()).isEqualTo("Please enter the full name.");
            assertThat(refused.byTestId("password-error").text()).isEqualTo("The password needs at least 10 characters.");
        }
    }

    @Test
    void an_english_kiosk_form_shows_every_broken_field_in_english() {
        try (WebSession admin = englishAdmin()) {
            Document page = admin.get("/quan-tri/ki-ot/moi").html();
            WebSession.Page refused = submit(admin, page, "[data-testid=kiosk-form]",
                    Map.of("code", "", "name", "", "unitCode", ""));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.byTestId("code-error").text()).isEqualTo("Please enter a code.");
            assertThat(refused.byTestId("name-error").text()).isEqualTo("Please enter a name.");
            assertThat(refused.byTestId("unitCode-error").text()).isEqualTo("Please choose a unit.");
        }
    }

    @Test
    void the_api_answers_in_the_language_of_accept_language_with_every_problem() {
        String parent = Fixtures.unique("NO-SUCH");
        String body = """
                {"code":"bad code!","name":"Phường Thủy Xuân","type":"WARD","parentCode":"%s"}""".formatted(parent);

        Api.Response english = api.send("POST", "/api/v1/units", BOOTSTRAP, body, Map.of("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.body()).contains("\"detail\":\"A code has only letters, digits and . _ / -, at most 64 characters.; "
                + "There is no unit " + parent + ".\"");
        assertThat(english.body()).contains("{\"field\":\"code\",\"message\":\"A code has only letters");
        assertThat(english.body()).contains("{\"field\":\"parentCode\",\"message\":\"There is no unit " + parent + ".\"}");

        Api.Response vietnamese = api.send("POST", "/api/v1/units", BOOTSTRAP, body, Map.of("Accept-Language", "vi"));
        assertThat(vietnamese.body()).contains("\"detail\":\"Mã chỉ gồm chữ, số và . _ / -, tối đa 64 ký tự.; "
                + "Không có đơn vị " + parent + ".\"");

        Api.Response unspecified = api.send("POST", "/api/v1/units", BOOTSTRAP, body, Map.of());
        assertThat(unspecified.body()).contains("\"detail\":\"Mã chỉ gồm chữ");

        Api.Response notSpoken = api.send("POST", "/api/v1/units", BOOTSTRAP, body, Map.of("Accept-Language", "fr-FR"));
        assertThat(notSpoken.body()).contains("\"detail\":\"Mã chỉ gồm chữ");
    }

    @Test
    void the_api_ignores_the_page_language_cookie() {
        String body = """
                {"code":"bad code!","name":"Phường Thủy Xuân","type":"WARD","parentCode":"%s"}"""
                .formatted(fixtures.province().code());
        Api.Response response = api.send("POST", "/api/v1/units", BOOTSTRAP, body, Map.of("Cookie", "hailong_lang=en"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"detail\":\"Mã chỉ gồm chữ");
    }

    @Test
    void the_csv_import_report_speaks_the_language_asked_for() {
        String parent = Fixtures.unique("NO-SUCH");
        byte[] csv = ("code,name,type,parentCode\n" + Fixtures.unique("IMP") + ",Phường An Cựu,WARD," + parent + "\n")
                .getBytes(StandardCharsets.UTF_8);

        Api.Response english = api.postBytes("/api/v1/import/units", BOOTSTRAP, "text/csv", csv,
                Map.of("Accept-Language", "en"));
        assertThat(english.status()).as(english.body()).isEqualTo(200);
        assertThat(english.body()).contains("\"message\":\"There is no unit " + parent + ".\"");

        Api.Response vietnamese = api.postBytes("/api/v1/import/units", BOOTSTRAP, "text/csv", csv);
        assertThat(vietnamese.body()).contains("\"message\":\"Không có đơn vị " + parent + ".\"");

        Api.Response empty = api.postBytes("/api/v1/import/units", BOOTSTRAP, "text/csv", "\n".getBytes(StandardCharsets.UTF_8),
                Map.of("Accept-Language", "en"));
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.body()).contains("\"detail\":\"The file is empty");
    }

    private WebSession englishAdmin() {
        WebSession admin = new WebSession(server);
        admin.signInAsAdmin();
        assertThat(admin.get("/ngon-ngu?lang=en&tiep=/").status()).isEqualTo(303);
        assertThat(admin.cookie("hailong_lang")).isEqualTo("en");
        return admin;
    }

    /** Fills the rendered form's fields and sends what a browser would send. */
    private static WebSession.Page submit(WebSession session, Document page, String formSelector,
                                          Map<String, String> values) {
        FormElement form = (FormElement) page.selectFirst("form" + formSelector);
        assertThat(form).as("form %s on the page", formSelector).isNotNull();
        values.forEach((name, value) -> {
            var field = form.selectFirst("[name=" + name + "]");
            assertThat(field).as("field %s", name).isNotNull();
            if (field.tagName().equals("select")) {
                field.select("option").forEach(o -> {
                    if (o.attr("value").equals(value)) {
                        o.attr("selected", "selected");
                    } else {
                        o.removeAttr("selected");
                    }
                });
            } else {
                field.val(value);
            }
        });
        Map<String, String> data = new LinkedHashMap<>();
        for (Connection.KeyVal kv : form.formData()) {
            data.put(kv.key(), kv.value());
        }
        return session.postRaw(form.attr("action"), data);
    }
}
