package vn.hailong.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

@MicronautTest(transactional = false)
class KioskAdminPagesIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    vn.hailong.support.Sql sql;

    Api api;
    RatingWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    private WebSession adminOf(Unit unit) {
        String name = TestUsers.unique("qt");
        testUsers.create(name, Role.ADMIN, unit.id());
        WebSession session = new WebSession(server);
        session.signIn(name, TestUsers.PASSWORD);
        return session;
    }

    private static Element row(Document list, String kioskCode) {
        Element row = list.selectFirst("table#kiosks tr[data-code=" + kioskCode + "]");
        assertThat(row).as("row of kiosk " + kioskCode).isNotNull();
        return row;
    }

    private static String detailHref(WebSession admin, String kioskCode) {
        return row(admin.get("/quan-tri/ki-ot").html(), kioskCode).selectFirst("a").attr("href");
    }

    @Test
    void heartbeats_at_twice_one_devices_rate_show_that_the_token_may_be_copied() {
        try (WebSession admin = adminOf(w.unit)) {
            // a real kiosk heartbeats every 60 s: 20 beats in 20 minutes of contact
            long kiosk = Long.parseLong(sql.column("SELECT id FROM kiosks WHERE code = ?", w.kioskCode).get(0));
            sql.update("INSERT INTO kiosk_contacts (kiosk_id, from_at, to_at, heartbeats)"
                    + " VALUES (?, UTC_TIMESTAMP(6) - INTERVAL 20 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, 19)", kiosk);
            assertThat(api.post("/api/v1/kiosk/heartbeat", w.kioskToken, "{\"pendingCount\":0}").status()).isEqualTo(204);
            assertThat(sql.column("SELECT heartbeats FROM kiosk_contacts WHERE kiosk_id = ?", kiosk)).containsExactly("20");
            assertThat(row(admin.get("/quan-tri/ki-ot").html(), w.kioskCode).selectFirst("[data-testid=kiosk-shared-token]"))
                    .isNull();
            // a copied token beats beside it: 45 beats in the same 20 minutes
            sql.update("UPDATE kiosk_contacts SET heartbeats = 45 WHERE kiosk_id = ?", kiosk);
            Element shown = row(admin.get("/quan-tri/ki-ot").html(), w.kioskCode);
            assertThat(shown.attr("data-connection")).isEqualTo("ONLINE");
            assertThat(shown.selectFirst("[data-testid=kiosk-shared-token]").text())
                    .startsWith("Nhịp báo nhiều hơn một thiết bị");
        }
    }

    @Test
    void the_list_shows_each_kiosks_flag_rate_of_the_last_thirty_days() {
        try (WebSession admin = adminOf(w.unit)) {
            Element before = row(admin.get("/quan-tri/ki-ot").html(), w.kioskCode);
            assertThat(before.selectFirst("[data-testid=kiosk-flag-rate]").text()).isEqualTo("Chưa có đánh giá");
            // four ratings back to back: the first counts, the other three come faster than a citizen can
            for (int i = 0; i < 4; i++) {
                assertThat(api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":5}",
                        java.util.Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString())).status()).isEqualTo(201);
            }
            Element rate = row(admin.get("/quan-tri/ki-ot").html(), w.kioskCode).selectFirst("[data-testid=kiosk-flag-rate]");
            assertThat(rate.attr("data-ratings")).isEqualTo("4");
            assertThat(rate.attr("data-flagged")).isEqualTo("3");
            assertThat(rate.text()).isEqualTo("75,0% 3 trên 4 lượt đánh giá");
        }
    }

    @Test
    void the_list_shows_last_contact_and_pending_count_after_a_heartbeat() {
        try (WebSession admin = adminOf(w.unit)) {
            Element before = row(admin.get("/quan-tri/ki-ot").html(), w.kioskCode);
            assertThat(before.attr("data-connection")).isEqualTo("NEVER");
            assertThat(before.selectFirst("[data-testid=kiosk-last-contact]").text()).isEqualTo("Chưa kết nối");
            assertThat(before.text()).contains("Quầy 1 – Tư pháp").contains(w.unit.name());

            assertThat(api.post("/api/v1/kiosk/heartbeat", w.kioskToken, "{\"pendingCount\":3}").status()).isEqualTo(204);
            Element after = row(admin.get("/quan-tri/ki-ot").html(), w.kioskCode);
            assertThat(after.attr("data-connection")).isEqualTo("ONLINE");
            assertThat(after.selectFirst("[data-testid=kiosk-last-contact] time").text()).isEqualTo("vừa xong");
            assertThat(after.selectFirst("[data-testid=kiosk-pending]").attr("data-pending")).isEqualTo("3");
            assertThat(after.selectFirst("[data-testid=kiosk-pending]").text()).isEqualTo("3 lượt chưa gửi được");

            Document detail = admin.get(after.selectFirst("a").attr("href")).html();
            assertThat(detail.selectFirst("[data-testid=kiosk-pending]").text()).isEqualTo("3 lượt chưa gửi được");
            assertThat(detail.selectFirst("[data-testid=kiosk-last-contact]").text()).startsWith("vừa xong (");
        }
    }

    private PageForm newKiosk(WebSession admin, String code) {
        return PageForm.open(admin, "/quan-tri/ki-ot/moi", "form[data-testid=kiosk-form]").set("code", code)
                .set("name", "Ki-ốt sảnh").select("unitCode", w.unit.code()).select("counterCode", w.counter);
    }

    private static PageForm questions(WebSession admin, String href) {
        return PageForm.open(admin, href, "form[data-testid=questions-form]");
    }

    @Test
    void a_created_kiosk_shows_a_pairing_code_that_pairs_the_device() {
        String code = Fixtures.unique("K");
        try (WebSession admin = adminOf(w.unit)) {
            Document form = admin.get("/quan-tri/ki-ot/moi").html();
            assertThat(form.select("label[for=code], label[for=name], label[for=unitCode], label[for=counterCode], label[for=officerCode]")).hasSize(5);
            assertThat(form.select("#counterCode option[value=" + w.counter + "]")).hasSize(1);
            WebSession.Page shown = newKiosk(admin, code).submit();
            assertThat(shown.status()).as(shown.body()).isEqualTo(200);
            String pairing = shown.byTestId("pairing-code").attr("data-code");
            assertThat(pairing).matches("[0-9]{8}");
            assertThat(shown.byTestId("pairing-code").text()).isEqualTo(pairing.substring(0, 4) + " " + pairing.substring(4));
            assertThat(shown.byTestId("pairing-link").attr("href")).endsWith("/kiosk/#pair=" + pairing);
            assertThat(shown.byTestId("pairing-expires").text()).contains("hết hạn lúc");

            Api.Response paired = api.post("/api/v1/kiosk/pair", null, "{\"code\":\"" + pairing + "\"}");
            assertThat(paired.status()).as(paired.body()).isEqualTo(200);
            assertThat(field(paired.body(), "kioskCode")).isEqualTo(code);
            Api.Response config = api.get("/api/v1/kiosk/config", field(paired.body(), "token"));
            assertThat(config.body()).contains("\"boundCounterCode\":\"" + w.counter + "\"");

            // a taken code is refused on the form, with what was typed kept
            WebSession.Page again = newKiosk(admin, code).submit();
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.byTestId("code-error").text()).isEqualTo("Mã ki-ốt này đã được dùng.");
            assertThat(again.html().selectFirst("#name").attr("value")).isEqualTo("Ki-ốt sảnh");
        }
    }

    @Test
    void re_pairing_revokes_the_old_token_at_once() {
        try (WebSession admin = adminOf(w.unit)) {
            assertThat(api.get("/api/v1/kiosk/config", w.kioskToken).status()).isEqualTo(200);
            String href = detailHref(admin, w.kioskCode);
            WebSession.Page shown = PageForm.open(admin, href, "form[action$=/ket-noi]").submit();
            assertThat(shown.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/kiosk/config", w.kioskToken).status()).isEqualTo(401);
            String pairing = shown.byTestId("pairing-code").attr("data-code");
            Api.Response paired = api.post("/api/v1/kiosk/pair", null, "{\"code\":\"" + pairing + "\"}");
            assertThat(api.get("/api/v1/kiosk/config", field(paired.body(), "token")).status()).isEqualTo(200);

            // switching off disconnects the device too; a switched-off kiosk gets no code
            assertThat(PageForm.open(admin, href, "form[action$=/tat]").submit().status()).isEqualTo(303);
            assertThat(api.get("/api/v1/kiosk/config", field(paired.body(), "token")).status()).isEqualTo(401);
            WebSession.Page off = admin.get(href);
            assertThat(off.byTestId("kiosk-inactive")).isNotNull();
            assertThat(off.byTestId("kiosk-repair")).isNull();
            // by hand on purpose: the page offers no re-pairing for a switched-off kiosk
            assertThat(admin.post(href + "/ket-noi", Map.of()).status()).isEqualTo(303);
        }
    }

    @Test
    void the_questions_chosen_for_a_kiosk_are_served_in_its_config() {
        try (WebSession admin = adminOf(w.unit)) {
            String href = detailHref(admin, w.kioskCode);
            Document detail = admin.get(href).html();
            assertThat(detail.select("#q1 option[value=S17-05]")).hasSize(1);
            assertThat(questions(admin, href).select("q1", "S17-05").select("q2", "S17-01").select("q3", "").submit()
                    .status()).isEqualTo(303);
            String config = api.get("/api/v1/kiosk/config", w.kioskToken).body();
            assertThat(config.split("\"elementCode\"").length - 1).isEqualTo(2);
            assertThat(config.indexOf("\"code\":\"S17-05\"")).isPositive().isLessThan(config.indexOf("\"code\":\"S17-01\""));
            WebSession.Page saved = admin.get(href);
            assertThat(saved.byTestId("flash").text()).isEqualTo("Đã lưu câu hỏi của ki-ốt " + w.kioskCode + ".");
            assertThat(saved.html().selectFirst("#q1 option[selected]").attr("value")).isEqualTo("S17-05");

            // more than three, or unknown criteria, are refused and change nothing (by hand: no form offers them)
            admin.post(href + "/cau-hoi", Map.of("q1", "NO-SUCH"));
            assertThat(admin.get(href).byTestId("flash").text()).startsWith("Không lưu được");
            assertThat(api.get("/api/v1/kiosk/config", w.kioskToken).body()).contains("\"code\":\"S17-05\"");

            // all three empty: back to the default list
            questions(admin, href).select("q1", "").select("q2", "").select("q3", "").submit();
            String back = api.get("/api/v1/kiosk/config", w.kioskToken).body();
            assertThat(back).doesNotContain("\"code\":\"S17-05\"").contains("S17-10");
        }
    }

    @Test
    void only_a_province_admin_changes_the_default_questions() {
        try (WebSession communeAdmin = adminOf(w.unit); WebSession provinceAdmin = adminOf(fixtures.province())) {
            WebSession.Page readOnly = communeAdmin.get("/quan-tri/ki-ot/cau-hoi");
            assertThat(readOnly.byTestId("questions-readonly")).isNotNull();
            assertThat(readOnly.byTestId("questions-form")).isNull();
            // by hand on purpose: the read-only page has no form
            assertThat(communeAdmin.post("/quan-tri/ki-ot/cau-hoi", Map.of("q1", "S17-01")).status()).isEqualTo(403);

            Document page = provinceAdmin.get("/quan-tri/ki-ot/cau-hoi").html();
            assertThat(page.select("[data-testid=questions-form] select")).hasSize(3);
            assertThat(page.select("[data-testid=questions-current] li")).hasSize(3);
        }
    }

    @Test
    void kiosks_of_another_commune_are_not_found_and_handlers_may_not_enter() {
        Unit other = fixtures.commune("Xã Hương Trà");
        String handler = TestUsers.unique("cb");
        testUsers.create(handler, Role.HANDLER, w.unit.id());
        String href;
        try (WebSession admin = adminOf(w.unit)) {
            href = detailHref(admin, w.kioskCode);
        }
        try (WebSession stranger = adminOf(other)) {
            assertThat(stranger.get("/quan-tri/ki-ot").html().select("tr[data-code=" + w.kioskCode + "]")).isEmpty();
            assertThat(stranger.get(href).status()).isEqualTo(404);
            // by hand on purpose: another commune's kiosk has no page here
            assertThat(stranger.post(href + "/ket-noi", Map.of()).status()).isEqualTo(404);
            assertThat(stranger.post(href + "/tat", Map.of()).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/kiosk/config", w.kioskToken).status()).isEqualTo(200);
        }
        try (WebSession officer = new WebSession(server)) {
            officer.signIn(handler, TestUsers.PASSWORD);
            assertThat(officer.get("/quan-tri/ki-ot").status()).isEqualTo(403);
            assertThat(officer.get(href).status()).isEqualTo(403);
            assertThat(officer.get("/quan-tri/danh-gia-can-xem").status()).isEqualTo(403);
            assertThat(officer.get("/").html().select("[data-testid=nav-quan-tri-ki-ot]")).isEmpty();
        }
    }
}
