package vn.hailong.access.users;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.security.Role;
import vn.hailong.web.WebSession;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Đổi mật khẩu" (issue 7.7): any staff user changes their own password; their other sessions end. */
@MicronautTest(transactional = false)
class OwnPasswordIT {

    @Inject
    EmbeddedServer server;

    @Inject
    TestUsers testUsers;

    private static Map<String, String> filled(Document page, String current, String chosen, String repeated) {
        FormElement form = (FormElement) page.selectFirst("form[data-testid=password-form]");
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(kv -> fields.put(kv.key(), kv.value()));
        fields.put("currentPassword", current);
        fields.put("newPassword", chosen);
        fields.put("repeatPassword", repeated);
        return fields;
    }

    @Test
    void an_officer_changes_their_password_from_the_header_link_and_other_sessions_end() {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.OFFICER, testUsers.rootUnitId());
        String chosen = "Mật-khẩu-mới-2026";
        try (WebSession here = new WebSession(server); WebSession elsewhere = new WebSession(server)) {
            here.signIn(username, TestUsers.PASSWORD);
            elsewhere.signIn(username, TestUsers.PASSWORD);
            String href = here.get("/").byTestId("change-password").attr("href");
            Document page = here.get(href).html();
            // there is no list behind this page: its way back goes home and says so
            assertThat(page.selectFirst("[data-testid=password-back]").text()).isEqualTo("Về trang chủ");

            WebSession.Page wrong = here.post(href, filled(page, "sai-mat-khau", chosen, chosen));
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.byTestId("currentPassword-error").text()).isEqualTo("Mật khẩu hiện tại không đúng.");
            assertThat(wrong.html().select("input[type=password]")).allSatisfy(i -> assertThat(i.val()).isEmpty());

            WebSession.Page shortOne = here.post(href, filled(wrong.html(), TestUsers.PASSWORD, "ngắn", "ngắn"));
            assertThat(shortOne.byTestId("newPassword-error").text()).isEqualTo("Mật khẩu cần ít nhất 10 ký tự.");
            WebSession.Page differ = here.post(href, filled(shortOne.html(), TestUsers.PASSWORD, chosen, chosen + "x"));
            assertThat(differ.byTestId("repeatPassword-error").text()).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau.");

            WebSession.Page done = here.post(href, filled(differ.html(), TestUsers.PASSWORD, chosen, chosen));
            assertThat(done.status()).isEqualTo(303);
            assertThat(here.get(done.location()).byTestId("flash").text()).startsWith("Đã đổi mật khẩu.");
            assertThat(here.get("/").status()).isEqualTo(200);
            assertThat(elsewhere.get("/").status()).isEqualTo(303);
        }
        try (WebSession again = new WebSession(server)) {
            assertThat(again.signIn(username, TestUsers.PASSWORD).byTestId("login-error")).isNotNull();
        }
        try (WebSession again = new WebSession(server)) {
            assertThat(again.signIn(username, chosen).location()).isEqualTo("/");
        }
    }
}
