package vn.hailong.web.session;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import vn.hailong.support.Nodes;
import vn.hailong.support.PageForm;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff sessions live in the database: anonymous visitors create none, every node sees the same ones, a restart
 * keeps them, and they end on time.
 */
@MicronautTest(transactional = false)
class StaffSessionsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    TestUsers testUsers;

    int sessionRows() {
        return Integer.parseInt(sql.column("SELECT COUNT(*) FROM staff_sessions").get(0));
    }

    @Test
    void a_thousand_anonymous_page_views_keep_nothing_on_the_server() throws Exception {
        int before = sessionRows();
        HttpClient http = HttpClient.newHttpClient();
        int cookies = 0;
        for (int i = 0; i < 1000; i++) {
            String path = i % 2 == 0 ? "/dang-nhap" : "/x" + i;
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                    .header("Accept", "text/html").header("X-Forwarded-For", "192.0.2." + (i % 200)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).isIn(200, 404);
            cookies += (int) r.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(ServerSessions.COOKIE + "=")).count();
        }
        assertThat(cookies).as("session cookies handed out").isZero();
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void a_second_node_and_a_restarted_node_know_the_signed_in_user() {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.signIn(username, TestUsers.PASSWORD).status()).isEqualTo(303);
            String cookie = browser.cookie(ServerSessions.COOKIE);
            try (EmbeddedServer second = Nodes.server(Map.of());
                 WebSession there = new WebSession(second)) {
                there.setCookie(ServerSessions.COOKIE, cookie);
                WebSession.Page home = there.get("/");
                assertThat(home.status()).as("node 2 knows the session of node 1").isEqualTo(200);
                assertThat(home.byTestId("current-user").text()).isEqualTo(username);
            }
            // node 2 has stopped (as in a restart); a newly started node still knows the user
            try (EmbeddedServer restarted = Nodes.server(Map.of());
                 WebSession there = new WebSession(restarted)) {
                there.setCookie(ServerSessions.COOKIE, cookie);
                assertThat(there.get("/").status()).isEqualTo(200);
                // signing out there ends the session here too
                there.get("/");
                PageForm.open(there, "/", "form[action=/dang-xuat]").submit();
            }
            assertThat(browser.get("/").status()).isEqualTo(303);
        }
    }

    @Test
    void only_a_hash_of_the_id_is_stored_and_idle_sessions_end_and_are_purged() {
        String username = TestUsers.unique("canbo");
        long userId = testUsers.create(username, Role.HANDLER, testUsers.rootUnitId()).id();
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(username, TestUsers.PASSWORD);
            String cookie = browser.cookie(ServerSessions.COOKIE);
            assertThat(sql.column("SELECT id_hash FROM staff_sessions WHERE user_id = ?", userId))
                    .hasSize(1).doesNotContain(cookie);
            assertThat(browser.get("/").status()).isEqualTo(200);

            sql.update("UPDATE staff_sessions SET last_seen_at = last_seen_at - INTERVAL 9 HOUR WHERE user_id = ?",
                    userId);
            assertThat(browser.get("/").status()).as("idle for longer than 8 h").isEqualTo(303);
            server.getApplicationContext().getBean(ServerSessions.class).purgeEnded();
            assertThat(sql.column("SELECT id_hash FROM staff_sessions WHERE user_id = ?", userId)).isEmpty();
        }
    }

    @Test
    void a_user_keeps_at_most_ten_sessions_and_others_keep_theirs() {
        String username = TestUsers.unique("canbo");
        long userId = testUsers.create(username, Role.HANDLER, testUsers.rootUnitId()).id();
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            for (int i = 0; i < 12; i++) {
                try (WebSession browser = new WebSession(server)) {
                    assertThat(browser.signIn(username, TestUsers.PASSWORD).status()).isEqualTo(303);
                }
            }
            assertThat(sql.column("SELECT id_hash FROM staff_sessions WHERE user_id = ?", userId)).hasSize(10);
            assertThat(admin.get("/").status()).as("nobody else's session is pushed out").isEqualTo(200);
        }
    }

    @Test
    void the_sign_in_form_token_only_works_with_the_cookie_it_was_issued_with() {
        try (WebSession victim = new WebSession(server); WebSession attacker = new WebSession(server)) {
            String attackerToken = attacker.get("/dang-nhap").html().selectFirst("input[name=csrfToken]").attr("value");
            victim.get("/dang-nhap");
            WebSession.Page forged = victim.postRaw("/dang-nhap", Map.of("username", "admin",
                    "password", WebSession.ADMIN_PASSWORD, "csrfToken", attackerToken));
            assertThat(forged.status()).isEqualTo(403);
            WebSession.Page fine = victim.signIn("admin", WebSession.ADMIN_PASSWORD);
            assertThat(fine.status()).isEqualTo(303);
        }
    }
}
