package vn.hailong.access.tokens;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.web.WebSession;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The API tokens admin page (issue 7.4): issue a token from the page, use it, see it listed, revoke it. */
@MicronautTest(transactional = false)
class TokensAdminIT {

    @Inject
    EmbeddedServer server;

    @Inject
    TestUsers testUsers;

    /** The form's fields as the browser would send them, after {@code fill} changed what a person types. */
    private static Map<String, String> submitted(Document page, String formTestId, Consumer<Map<String, String>> fill) {
        FormElement form = (FormElement) page.selectFirst("form[data-testid=" + formTestId + "]");
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(kv -> fields.put(kv.key(), kv.value()));
        fill.accept(fields);
        return fields;
    }

    @Test
    void an_admin_issues_a_token_that_is_shown_once_works_and_can_be_revoked() {
        String name = "Phần mềm một cửa " + TestUsers.unique("t");
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document list = admin.get("/quan-tri/token-api").html();
            String newHref = list.selectFirst("[data-testid=token-new]").attr("href");
            Document form = admin.get(newHref).html();
            assertThat(form.select("select#role option")).extracting(e -> e.attr("value"))
                    .contains("INTEGRATION", "OFFICER").doesNotContain("KIOSK");

            // nothing chosen: errors beside the fields, and what was typed stays
            WebSession.Page refused = admin.post(newHref, submitted(form, "token-form", f -> {
                f.put("name", "  ");
                f.put("unitCode", "");
            }));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.byTestId("name-error").text()).isEqualTo("Tên token là bắt buộc, tối đa 255 ký tự.");
            assertThat(refused.byTestId("unitCode-error").text()).isEqualTo("Vui lòng chọn một đơn vị.");

            WebSession.Page created = admin.post(newHref, submitted(refused.html(), "token-form", f -> {
                f.put("name", name);
                f.put("role", "INTEGRATION");
                f.put("unitCode", "46");
            }));
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.headers().get("cache-control")).contains("no-store");
            String secret = created.byTestId("token-secret").text();
            assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

            Api api = new Api(server);
            assertThat(api.get("/api/v1/units", secret).status()).isEqualTo(200);

            Document after = admin.get("/quan-tri/token-api").html();
            var row = after.select("table#tokens tr").stream().filter(r -> r.text().contains(name)).findFirst().orElseThrow();
            assertThat(row.attr("data-active")).isEqualTo("true");
            assertThat(row.text()).contains("Tích hợp hệ thống").contains("Thành phố Huế").contains("bởi admin")
                    .doesNotContain(secret).doesNotContain("Chưa dùng");

            FormElement revoke = (FormElement) row.selectFirst("form");
            Map<String, String> fields = new LinkedHashMap<>();
            revoke.formData().forEach(kv -> fields.put(kv.key(), kv.value()));
            WebSession.Page revoked = admin.post(revoke.attr("action"), fields);
            assertThat(revoked.status()).isEqualTo(303);
            assertThat(admin.get("/quan-tri/token-api").html().selectFirst("tr[data-token-id=" + row.attr("data-token-id") + "]")
                    .attr("data-active")).isEqualTo("false");
            assertThat(api.get("/api/v1/units", secret).status()).isEqualTo(401);
        }
    }

    @Test
    void only_admins_open_the_tokens_page() {
        String username = TestUsers.unique("lanhdao");
        testUsers.create(username, Role.PROVINCE_MANAGER, testUsers.rootUnitId());
        try (WebSession manager = new WebSession(server)) {
            manager.signIn(username, TestUsers.PASSWORD);
            assertThat(manager.get("/quan-tri/token-api").status()).isEqualTo(403);
            assertThat(manager.exchange(HttpRequest.GET("/quan-tri/token-api/moi")).status()).isEqualTo(403);
        }
    }
}
