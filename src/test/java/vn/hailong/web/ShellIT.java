package vn.hailong.web;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.shared.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ShellIT {

    @Inject
    EmbeddedServer server;

    @Inject
    TestUsers testUsers;

    @Inject
    MessageSource messages;

    @Test
    void the_composite_message_source_resolves_keys_of_every_bundle_in_both_languages() {
        Locale vi = Locale.forLanguageTag("vi");
        assertThat(messages.getMessage("web.layout.logout", vi)).contains("Đăng xuất");
        assertThat(messages.getMessage("access.login.title", vi)).contains("Đăng nhập");
        assertThat(messages.getMessage("web.layout.logout", Locale.ENGLISH)).contains("Sign out");
        assertThat(messages.getMessage("access.login.title", Locale.ENGLISH)).contains("Sign in");
        // a language we do not have falls back to Vietnamese, never to the JVM's default locale
        assertThat(messages.getMessage("access.login.title", Locale.FRENCH)).contains("Đăng nhập");
        assertThat(messages.getMessage("web.home.greeting", vi, "Lan")).contains("Xin chào, Lan");
    }

    @Test
    void templates_resolve_keys_from_two_bundles_on_one_page() {
        try (WebSession browser = new WebSession(server)) {
            Document login = browser.get("/dang-nhap").html();
            assertThat(login.selectFirst("h1").text()).isEqualTo("Đăng nhập");                 // access bundle
            assertThat(login.selectFirst("[data-testid=skip-link]").text())
                    .isEqualTo("Bỏ qua, đến nội dung chính");                                    // web bundle
        }
    }

    @Test
    void the_language_switch_shows_pages_in_english_and_back() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page login = browser.get("/dang-nhap");
            String toEnglish = login.byTestId("lang-en").attr("href");
            WebSession.Page switched = browser.get(toEnglish);
            assertThat(switched.status()).isEqualTo(303);
            assertThat(switched.location()).isEqualTo("/dang-nhap");
            assertThat(browser.cookie("hailong_lang")).isEqualTo("en");

            Document english = browser.get("/dang-nhap").html();
            assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(english.selectFirst("h1").text()).isEqualTo("Sign in");
            assertThat(english.selectFirst("[data-testid=lang-en]").attr("aria-current")).isEqualTo("true");

            browser.get(english.selectFirst("[data-testid=lang-vi]").attr("href"));
            assertThat(browser.get("/dang-nhap").html().selectFirst("h1").text()).isEqualTo("Đăng nhập");
        }
    }

    @Test
    void the_language_switch_only_returns_to_local_pages() {
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.get("/ngon-ngu?lang=en&tiep=https://evil.example/").location()).isEqualTo("/");
            assertThat(browser.get("/ngon-ngu?lang=en&tiep=//evil.example/").location()).isEqualTo("/");
        }
    }

    @Test
    void an_unknown_page_gets_a_vietnamese_html_404_in_the_layout() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page page = browser.get("/khong-co-trang-nay");
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.contentType()).startsWith("text/html");
            Document html = page.html();
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo("vi");
            assertThat(html.selectFirst("[data-testid=error-title]").text()).isEqualTo("Không tìm thấy trang");
            assertThat(html.selectFirst("main").attr("data-status")).isEqualTo("404");
        }
    }

    @Test
    void api_errors_stay_problem_json_even_for_a_browser() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page page = browser.exchange(HttpRequest.GET("/api/v1/khong-co")
                    .accept(MediaType.TEXT_HTML_TYPE));
            assertThat(page.contentType()).startsWith("application/problem+json");
            WebSession.Page json = browser.exchange(HttpRequest.GET("/khong-co-trang-nay")
                    .accept(MediaType.APPLICATION_JSON_TYPE));
            assertThat(json.status()).isEqualTo(404);
            assertThat(json.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void the_stylesheet_is_served() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page css = browser.exchange(HttpRequest.GET("/static/hailong.css"));
            assertThat(css.status()).isEqualTo(200);
            assertThat(css.body()).contains(":focus-visible");
        }
    }

    @Inject
    List<NavLink> navLinks;

    @Test
    void no_two_links_a_role_sees_in_one_section_share_a_position_so_the_menu_keeps_its_order_between_starts() {
        List<String> clashes = new ArrayList<>();
        for (NavLink a : navLinks) {
            for (NavLink b : navLinks) {
                if (a != b && a.section() == b.section() && a.order() == b.order()
                        && !java.util.Collections.disjoint(a.roles(), b.roles()) && a.labelKey().compareTo(b.labelKey()) < 0) {
                    clashes.add(a.section() + " " + a.order() + ": " + a.labelKey() + " and " + b.labelKey());
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void an_admin_sees_the_administration_navigation() {
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            WebSession.Page home = browser.get("/");
            Document html = home.html();
            assertThat(html.select("[data-testid=main-nav] [data-section=ADMIN]")).hasSize(1);
            assertThat(html.selectFirst("[data-testid=nav-quan-tri-nguoi-dung]").text()).isEqualTo("Người dùng");
            assertThat(home.byTestId("current-role").text()).isEqualTo("Quản trị viên");
            assertThat(home.byTestId("role-intro").text()).startsWith("Bạn quản trị");
        }
    }

    @Test
    void a_handler_sees_no_administration_and_is_refused_admin_pages_with_an_html_403() {
        String username = TestUsers.unique("xuly");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.signIn(username, TestUsers.PASSWORD).status()).isEqualTo(303);
            WebSession.Page home = browser.get("/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.html().select("[data-section=ADMIN]")).isEmpty();
            assertThat(home.byTestId("current-role").text()).isEqualTo("Cán bộ xử lý phản ánh");
            // the greeting names the person, not the account (issue 7.5)
            assertThat(home.byTestId("greeting").text()).isEqualTo("Xin chào, Người dùng " + username);
            assertThat(home.html().select("[data-section=DESK]")).isEmpty();

            WebSession.Page refused = browser.get("/quan-tri/nguoi-dung");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.byTestId("error-title").text()).isEqualTo("Không có quyền truy cập");
        }
    }

    @Test
    void a_manager_sees_no_administration_and_at_the_counter_only_the_counter_page() {
        String username = TestUsers.unique("lanhdao");
        testUsers.create(username, Role.UNIT_MANAGER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(username, TestUsers.PASSWORD);
            WebSession.Page home = browser.get("/");
            assertThat(home.html().select("[data-section=ADMIN]")).isEmpty();
            // a unit manager may stand in at a counter (counter page for OFFICER/UNIT_MANAGER/ADMIN) and sees the
            // units' late dossiers, whose apology the desk issues
            assertThat(home.html().select("[data-section=DESK] a")).extracting(e -> e.attr("href"), e -> e.text())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("/quay", "Gọi công dân"),
                            org.assertj.core.groups.Tuple.tuple("/ho-so/tre-han", "Hồ sơ trễ hạn"));
            // the handling pages: the queue first, the overdue list, intake, citizen reception
            assertThat(home.html().select("[data-section=HANDLING] a")).extracting(e -> e.attr("href"))
                    .startsWith("/xu-ly").contains("/xu-ly/qua-han", "/tiep-nhan");
            assertThat(home.byTestId("current-role").text()).isEqualTo("Lãnh đạo đơn vị");
        }
    }

    @Test
    void the_admin_index_shows_a_card_with_a_line_of_explanation_for_every_administration_page() {
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            WebSession.Page index = browser.get("/quan-tri");
            assertThat(index.status()).isEqualTo(200);
            Document html = index.html();
            assertThat(html.select("[data-testid=admin-cards] li a")).extracting(e -> e.attr("href"))
                    .contains("/quan-tri/don-vi", "/quan-tri/nguoi-dung", "/quan-tri/token-api", "/quan-tri/ki-ot")
                    .doesNotContain("/quan-tri");
            assertThat(html.select("[data-testid=admin-cards] li p")).allSatisfy(p ->
                    assertThat(p.text()).isNotBlank().doesNotContain("??"));
            assertThat(html.selectFirst("[data-testid=nav-quan-tri]").attr("aria-current")).isEqualTo("page");
            // on an admin page the most specific link is the current one, not the index above it
            Document users = browser.get("/quan-tri/nguoi-dung").html();
            assertThat(users.select("[data-section=ADMIN] a[aria-current=page]")).extracting(e -> e.attr("href"))
                    .containsExactly("/quan-tri/nguoi-dung");
        }
    }

    @Test
    void the_favicon_is_served_and_linked_so_no_page_logs_a_404() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page icon = browser.exchange(HttpRequest.GET("/favicon.ico"));
            assertThat(icon.status()).isEqualTo(200);
            assertThat(icon.contentType()).startsWith("image/svg+xml");
            assertThat(icon.body()).contains("<svg");
            assertThat(browser.exchange(HttpRequest.GET("/static/favicon.svg")).status()).isEqualTo(200);
            assertThat(browser.get("/dang-nhap").html().selectFirst("link[rel=icon]").attr("href"))
                    .isEqualTo("/static/favicon.svg");
        }
    }

    @Test
    void a_one_stop_officer_finds_the_counter_page_under_at_the_counter_and_no_administration() {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.OFFICER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(username, TestUsers.PASSWORD);
            WebSession.Page home = browser.get("/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.byTestId("current-role").text()).isEqualTo("Cán bộ một cửa");
            assertThat(home.html().select("[data-section=DESK] .nav-group-title").text()).isEqualTo("Tại quầy");
            assertThat(home.html().select("[data-section=DESK] a")).extracting(e -> e.attr("href"))
                    .containsExactly("/quay", "/ho-so/tre-han");
            assertThat(home.html().select("[data-section=ADMIN]")).isEmpty();
            assertThat(browser.get("/quay").status()).isEqualTo(200);
            assertThat(browser.get("/quan-tri").status()).isEqualTo(403);
        }
    }
}
