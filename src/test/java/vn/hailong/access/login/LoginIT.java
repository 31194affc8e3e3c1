package vn.hailong.access.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginIT {

    @Inject
    EmbeddedServer server;

    @Inject
    TestUsers testUsers;

    @Inject
    Fixtures fixtures;

    @Test
    void admin_signs_in_with_the_bootstrap_password() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page result = browser.signIn("admin", WebSession.ADMIN_PASSWORD);
            assertThat(result.status()).isEqualTo(303);
            assertThat(result.location()).isEqualTo("/");

            WebSession.Page home = browser.get("/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.byTestId("current-user").text()).isEqualTo("admin");
            // the greeting names the person (issue 7.5), the header the account
            assertThat(home.byTestId("greeting").text()).isEqualTo("Xin chào, Quản trị hệ thống");
        }
    }

    @Test
    void the_login_page_is_vietnamese_accessible_and_carries_a_csrf_token() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page page = browser.get("/dang-nhap");
            assertThat(page.status()).isEqualTo(200);
            Document html = page.html();
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo("vi");
            assertThat(html.selectFirst("h1").text()).isEqualTo("Đăng nhập");
            assertThat(html.select("label[for=username]")).hasSize(1);
            assertThat(html.select("label[for=password]")).hasSize(1);
            assertThat(html.selectFirst("#login-form input[name=csrfToken]").attr("value")).isNotBlank();
            assertThat(html.select("a.skip-link[href=#main]")).hasSize(1);
            assertThat(html.select("main#main")).hasSize(1);
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_readable_message() {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page page = browser.signIn(username, "sai-mat-khau");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.byTestId("login-error").text())
                    .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.");
            assertThat(page.html().selectFirst("#username").attr("value")).isEqualTo(username);
            assertThat(page.html().selectFirst("#password").attr("value")).isEmpty();
            assertThat(browser.get("/").status()).isEqualTo(303);
        }
    }

    @Test
    void an_unknown_user_is_refused_like_a_wrong_password() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page page = browser.signIn(TestUsers.unique("khong-co"), "bat-ky");
            assertThat(page.byTestId("login-error")).isNotNull();
        }
    }

    @Test
    void signing_in_starts_a_new_session() {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server); WebSession other = new WebSession(server)) {
            browser.get("/dang-nhap");
            assertThat(browser.cookie("HAILONG_SESSION")).as("no session before sign-in").isNull();
            browser.setCookie("HAILONG_SESSION", "planted-by-an-attacker");
            browser.signIn(username, TestUsers.PASSWORD);
            String first = browser.cookie("HAILONG_SESSION");
            assertThat(first).isNotNull().isNotEqualTo("planted-by-an-attacker");
            assertThat(browser.get("/").status()).isEqualTo(200);

            PageForm.open(browser, "/", "form[action=/dang-xuat]").submit();
            browser.signIn(username, TestUsers.PASSWORD);
            assertThat(browser.cookie("HAILONG_SESSION")).isNotNull().isNotEqualTo(first);
            other.setCookie("HAILONG_SESSION", first);
            assertThat(other.get("/").status()).as("the session ended by signing out signs nobody in").isEqualTo(303);
        }
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() {
        try (WebSession browser = new WebSession(server)) {
            WebSession.Page page = browser.get("/");
            assertThat(page.status()).isEqualTo(303);
            assertThat(page.location()).isEqualTo("/dang-nhap");
        }
    }

    @Test
    void after_five_failures_the_username_is_refused_from_that_address_even_with_the_right_password() {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server)) {
            for (int i = 0; i < 5; i++) {
                assertThat(browser.signIn(username, "sai-" + i).status()).isEqualTo(200);
            }
            WebSession.Page refused = browser.signIn(username, TestUsers.PASSWORD);
            assertThat(refused.status()).isEqualTo(429);
            // fixed 15-minute windows: the wait is what is left of the current one
            assertThat(refused.byTestId("login-error").text())
                    .matches("Bạn đã đăng nhập sai quá nhiều lần\\. Vui lòng thử lại sau ([1-9]|1[0-5]) phút\\.");
            assertThat(browser.get("/").status()).isEqualTo(303);
        }
        // the real user elsewhere is not locked out by someone guessing their password
        try (WebSession other = new WebSession(server)) {
            assertThat(other.signIn(username, TestUsers.PASSWORD).status()).isEqualTo(303);
        }
    }

    @Test
    void after_twenty_failures_from_one_address_every_username_is_refused_from_it() {
        try (WebSession attacker = new WebSession(server, uniqueAddress())) {
            for (int i = 0; i < 20; i++) {
                assertThat(attacker.signIn(TestUsers.unique("doan"), "sai").status()).as("try " + i).isEqualTo(200);
            }
            assertThat(attacker.signIn("admin", WebSession.ADMIN_PASSWORD).status()).isEqualTo(429);
        }
        try (WebSession colleague = new WebSession(server)) {
            assertThat(colleague.signInAsAdmin().status()).isEqualTo(303);
        }
    }

    @Test
    void spoofed_first_forwarded_entries_do_not_escape_the_address_limit() {
        // behind our proxy (the test setting) only the entry it appended counts, whatever the client put before it
        String proxied = uniqueAddress();
        for (int i = 0; i < 20; i++) {
            try (WebSession attacker = new WebSession(server, "10.66." + i + ".1, " + proxied)) {
                assertThat(attacker.signIn(TestUsers.unique("doan"), "sai").status()).as("try " + i).isEqualTo(200);
            }
        }
        try (WebSession attacker = new WebSession(server, "10.66.99.1, " + proxied)) {
            assertThat(attacker.signIn("admin", WebSession.ADMIN_PASSWORD).status()).isEqualTo(429);
        }
    }

    @Test
    void a_success_clears_the_username_failures() {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server)) {
            for (int i = 0; i < 4; i++) {
                browser.signIn(username, "sai");
            }
            assertThat(browser.signIn(username, TestUsers.PASSWORD).status()).isEqualTo(303);
        }
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.signIn(username, "sai").status()).isEqualTo(200);
            assertThat(browser.signIn(username, TestUsers.PASSWORD).status()).isEqualTo(303);
        }
    }

    @Test
    void signing_out_ends_the_session() {
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            WebSession.Page out = PageForm.open(browser, "/", "form[action=/dang-xuat]").submit();
            assertThat(out.status()).isEqualTo(303);
            assertThat(out.location()).isEqualTo("/dang-nhap");
            WebSession.Page login = browser.get("/dang-nhap");
            assertThat(login.byTestId("flash").text()).isEqualTo("Bạn đã đăng xuất.");
            assertThat(browser.get("/").status()).isEqualTo(303);
        }
    }

    @Test
    void an_old_session_cookie_is_worthless_after_sign_out() {
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            String signedIn = browser.cookie("HAILONG_SESSION");
            PageForm.open(browser, "/", "form[action=/dang-xuat]").submit();
            try (WebSession thief = new WebSession(server)) {
                thief.exchange(io.micronaut.http.HttpRequest.GET("/").header("Cookie", "HAILONG_SESSION=" + signedIn)
                        .accept(io.micronaut.http.MediaType.TEXT_HTML_TYPE));
                WebSession.Page page = thief.exchange(io.micronaut.http.HttpRequest.GET("/")
                        .header("Cookie", "HAILONG_SESSION=" + signedIn)
                        .accept(io.micronaut.http.MediaType.TEXT_HTML_TYPE));
                assertThat(page.status()).isEqualTo(303);
            }
        }
    }

    @Test
    void a_form_posted_without_the_csrf_token_is_refused() {
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            assertThat(browser.get("/").status()).isEqualTo(200);
            // by hand on purpose: what no rendered form sends (no token, a forged token)
            WebSession.Page refused = browser.postRaw("/dang-xuat", Map.of());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(browser.get("/").status()).as("still signed in").isEqualTo(200);
            WebSession.Page forged = browser.postRaw("/dang-xuat", Map.of("csrfToken", "forged.token"));
            assertThat(forged.status()).isEqualTo(403);
        }
    }

    @Test
    void a_login_posted_without_the_csrf_token_does_not_sign_in() {
        try (WebSession browser = new WebSession(server)) {
            browser.get("/dang-nhap");
            // by hand on purpose: the login form without its token
            WebSession.Page page = browser.postRaw("/dang-nhap",
                    Map.of("username", "admin", "password", WebSession.ADMIN_PASSWORD));
            assertThat(page.status()).isNotEqualTo(200);
            assertThat(browser.get("/").status()).isEqualTo(303);
        }
    }

    @Test
    void the_session_cookie_does_not_authenticate_the_api() {
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            assertThat(browser.get("/").status()).as("signed in").isEqualTo(200);
            String body = "{\"name\":\"csrf\",\"role\":\"ADMIN\",\"unitCode\":\"" + fixtures.province().code() + "\"}";
            WebSession.Page forged = browser.exchange(HttpRequest.POST("/api/v1/tokens", body)
                    .contentType(MediaType.APPLICATION_JSON_TYPE).accept(MediaType.APPLICATION_JSON_TYPE));
            assertThat(forged.status()).as(forged.body()).isEqualTo(401);
            WebSession.Page list = browser.exchange(HttpRequest.GET("/api/v1/units")
                    .accept(MediaType.APPLICATION_JSON_TYPE));
            assertThat(list.status()).isEqualTo(401);
        }
    }

    @Test
    void a_deactivated_user_cannot_sign_in() {
        String username = TestUsers.unique("nghi");
        var user = testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        testUsers.deactivate(user.id());
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.signIn(username, TestUsers.PASSWORD).byTestId("login-error")).isNotNull();
        }
    }

    /** Limits are kept in the database across runs: a fixed address would still be locked from the last run. */
    static String uniqueAddress() {
        return "198.51." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }
}
