package vn.hailong.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.UnitType;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who switched the pages to English sees every message in English: the flash after a save, the error
 * pages; and a flash is put into words when it is shown, in the language of the page that shows it.
 */
@MicronautTest(transactional = false)
class PageLanguageIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void an_english_session_sees_an_english_flash_after_saving_a_unit() {
        String parent = fixtures.commune("Xã Phong Điền").code();
        try (WebSession admin = english()) {
            WebSession.Page created = PageForm.open(admin, "/quan-tri/don-vi/moi", "form[data-testid=unit-form]")
                    .set("code", Fixtures.unique("DV")).set("name", "Điểm tiếp nhận thôn Phước Tích")
                    .select("type", UnitType.RECEPTION_POINT.name()).select("parentCode", parent).submit();
            assertThat(created.status()).as(created.body()).isEqualTo(303);

            WebSession.Page edit = admin.get(created.location());
            assertThat(edit.html().selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(edit.byTestId("flash").text()).isEqualTo("Unit Điểm tiếp nhận thôn Phước Tích created.");
        }
    }

    @Test
    void an_english_session_gets_english_error_pages() {
        try (WebSession admin = english()) {
            WebSession.Page missing = admin.get("/khong-co-trang-nay");
            assertThat(missing.status()).isEqualTo(404);
            Document html = missing.html();
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(html.selectFirst("[data-testid=error-title]").text()).isEqualTo("Page not found");
        }
        try (WebSession visitor = new WebSession(server)) {
            assertThat(visitor.get("/ngon-ngu?lang=en&tiep=/").status()).isEqualTo(303);
            WebSession.Page missing = visitor.get("/khong-co-trang-nay");
            assertThat(missing.html().selectFirst("[data-testid=error-title]").text()).isEqualTo("Page not found");
        }
    }

    @Test
    void a_form_without_its_token_is_refused_with_a_page_saying_why_in_the_page_language() {
        try (WebSession admin = english()) {
            // by hand on purpose: what no rendered form sends (no token)
            WebSession.Page refused = admin.postRaw("/dang-xuat", java.util.Map.of());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.byTestId("error-message").text())
                    .isEqualTo("The form has expired or is not valid. Please reload the page and try again.");
        }
    }

    @Test
    void a_refusal_flash_is_put_into_words_in_the_language_of_the_page_that_shows_it() {
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Element own = admin.get("/quan-tri/nguoi-dung?q=admin").html()
                    .selectFirst("tr[data-username=admin] a");
            assertThat(own).isNotNull();
            String edit = own.attr("href");

            // in Vietnamese, the admin tries to disable their own account: refused
            WebSession.Page refused = PageForm.open(admin, edit, "form[action$=/khoa]").submit();
            assertThat(refused.status()).isEqualTo(303);
            // switches to English before the next page shows the message
            assertThat(admin.get("/ngon-ngu?lang=en&tiep=/").status()).isEqualTo(303);

            WebSession.Page shown = admin.get(refused.location());
            assertThat(shown.byTestId("flash").text())
                    .isEqualTo("You cannot change your own role or unit, or disable yourself.");
        }
    }

    private WebSession english() {
        WebSession admin = new WebSession(server);
        admin.signInAsAdmin();
        assertThat(admin.get("/ngon-ngu?lang=en&tiep=/").status()).isEqualTo(303);
        return admin;
    }
}
