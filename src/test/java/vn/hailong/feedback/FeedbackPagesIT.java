package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

@MicronautTest(transactional = false)
class FeedbackPagesIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;

    Api api;
    RatingWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    private WebSession user(Role role, Unit unit) {
        String name = TestUsers.unique(role.name().toLowerCase().replace('_', '-'));
        testUsers.create(name, role, unit.id());
        WebSession session = new WebSession(server);
        session.signIn(name, TestUsers.PASSWORD);
        return session;
    }

    private Api.Response kioskRating(int score) {
        return api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":" + score + "}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private long countedToday() {
        String today = LocalDate.now(ClockFactory.VIETNAM).toString();
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + w.unit.code() + "&from=" + today + "&to="
                + today, w.admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(field(r.body(), "n"));
    }

    /** The counter desk's "next citizen" form. */
    private static PageForm next(WebSession officer, String desk) {
        return PageForm.open(officer, desk, "form[data-testid=next-form]");
    }

    @Test
    void the_officer_calls_the_next_citizen_and_the_kiosk_rating_binds_to_them() {
        try (WebSession officer = user(Role.OFFICER, w.unit)) {
            Document counters = officer.get("/quay").html();
            Element link = counters.selectFirst("[data-testid=counters] li[data-code=" + w.counter + "] a");
            assertThat(link).isNotNull();
            WebSession.Page desk = officer.get(link.attr("href"));
            assertThat(desk.byTestId("current-none")).isNotNull();
            assertThat(desk.byTestId("next-citizen").text()).isEqualTo("Mời công dân tiếp theo");

            WebSession.Page called = next(officer, link.attr("href")).set("ticket", "A12").set("dossierCode", "HS-001").submit();
            assertThat(called.status()).isEqualTo(303);
            desk = officer.get(called.location());
            assertThat(desk.byTestId("flash").text()).isEqualTo("Đã mời công dân số A12.");
            assertThat(desk.byTestId("current-ticket").text()).isEqualTo("Số A12");
            assertThat(desk.byTestId("current-dossier").text()).isEqualTo("Hồ sơ HS-001");
            assertThat(desk.byTestId("current-waiting")).isNotNull();

            Api.Response first = kioskRating(4);
            assertThat(first.body()).contains("\"flagged\":false");
            desk = officer.get(link.attr("href"));
            assertThat(desk.byTestId("current-ticket").attr("data-rated")).isEqualTo("true");
            // only that the citizen rated, never the score: the citizen may still stand at the counter (issue 7.6)
            assertThat(desk.byTestId("current-rated").text()).isEqualTo("Công dân đã đánh giá.");
            assertThat(desk.body()).doesNotContain("Hài lòng").doesNotContain("data-score");

            Api.Response second = kioskRating(1);
            assertThat(second.body()).contains("\"flagged\":true");
            desk = officer.get(link.attr("href"));
            assertThat(desk.byTestId("current-extra").text()).isEqualTo("Thêm 1 lần đánh giá bị gắn cờ để xem xét.");

            // without a ticket number the counter numbers its citizens of the day itself
            next(officer, link.attr("href")).set("ticket", "").set("dossierCode", "").submit();
            desk = officer.get(link.attr("href"));
            assertThat(desk.byTestId("current-ticket").attr("data-ticket")).isEqualTo("2");
            assertThat(desk.html().select("[data-testid=earlier] li[data-ticket=A12][data-rated=true]")).hasSize(1);

            WebSession.Page tooLong = next(officer, link.attr("href")).set("ticket", "x".repeat(40)).submit();
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(tooLong.byTestId("ticket-error").text()).startsWith("Số thứ tự chỉ gồm chữ và số");
            // a ticket is letters and digits, not any text (issue 7.6); what was typed stays in the field
            for (String notATicket : List.of("12 13", "<b>", "số 5!", "-1")) {
                WebSession.Page refused = officer.post(link.attr("href") + "/tiep-theo", Map.of("ticket", notATicket));
                assertThat(refused.status()).as(notATicket).isEqualTo(422);
                assertThat(refused.byTestId("ticket-error").text()).contains("ví dụ 12 hoặc A-012");
                assertThat(refused.html().selectFirst("#ticket").val()).isEqualTo(notATicket);
            }
            assertThat(officer.post(link.attr("href") + "/tiep-theo", Map.of("ticket", "B-07")).status()).isEqualTo(303);
        }
    }

    @Test
    void a_manager_releases_a_flagged_rating_and_it_counts_from_then_on() {
        try (WebSession officer = user(Role.OFFICER, w.unit); WebSession manager = user(Role.UNIT_MANAGER, w.unit)) {
            next(officer, "/quay/" + w.counter).set("ticket", "7").submit();
            assertThat(kioskRating(5).body()).contains("\"flagged\":false");
            String secondId = field(kioskRating(2).body(), "id");
            String thirdId = field(kioskRating(3).body(), "id");
            assertThat(countedToday()).isEqualTo(1);

            WebSession.Page listPage = manager.get("/quan-tri/danh-gia-can-xem");
            Document list = listPage.html();
            Element row = list.selectFirst("table#flagged tr[data-id=" + secondId + "]");
            assertThat(row).isNotNull();
            assertThat(row.attr("data-reason")).isEqualTo("DUPLICATE_TRANSACTION");
            assertThat(row.text()).contains("Lượt phục vụ này đã được đánh giá").contains("Quầy: Quầy 1 – Tư pháp")
                    .contains("Ki-ốt: " + w.kioskCode).contains("2 – Không hài lòng");
            assertThat(row.selectFirst("[data-testid=device-time]").text()).matches("\\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d");
            assertThat(row.selectFirst("[data-testid=server-time]").text()).isNotBlank();
            assertThat(manager.get("/").html().select("[data-testid=nav-quan-tri-danh-gia-can-xem]")).hasSize(1);

            String release = "tr[data-id=" + secondId + "] form:has([data-testid=flagged-release])";
            WebSession.Page done = PageForm.open(manager, "/quan-tri/danh-gia-can-xem", release).submit();
            assertThat(done.status()).isEqualTo(303);
            WebSession.Page after = manager.get(done.location());
            assertThat(after.byTestId("flash").text()).isEqualTo("Đã tính đánh giá " + secondId + " vào kết quả.");
            assertThat(after.html().select("tr[data-id=" + secondId + "]")).isEmpty();
            assertThat(countedToday()).isEqualTo(2);

            PageForm.of(manager, done.location(), after, "tr[data-id=" + thirdId + "] form:has([data-testid=flagged-exclude])")
                    .submit();
            assertThat(countedToday()).isEqualTo(2);
            Document all = manager.get("/quan-tri/danh-gia-can-xem?da-xem=true").html();
            assertThat(all.selectFirst("tr[data-id=" + secondId + "]").attr("data-status")).isEqualTo("RELEASED");
            assertThat(all.selectFirst("tr[data-id=" + thirdId + "]").attr("data-status")).isEqualTo("EXCLUDED");
            assertThat(manager.get("/quan-tri/danh-gia-can-xem").html().select("tr[data-id=" + thirdId + "]")).isEmpty();

            // a second decision on the same rating changes nothing: the list as it was shown before, as in another tab
            WebSession.Page twice = PageForm.of(manager, "/quan-tri/danh-gia-can-xem", listPage, release).submit();
            assertThat(manager.get(twice.location()).byTestId("flash").text()).contains("đã được người khác xem xét");
            assertThat(countedToday()).isEqualTo(2);
        }
    }

    @Test
    void other_communes_see_nothing_and_managers_cannot_call_citizens() {
        Unit other = fixtures.commune("Xã Phong Điền");
        try (WebSession officer = user(Role.OFFICER, w.unit)) {
            next(officer, "/quay/" + w.counter).set("ticket", "9").submit();
        }
        kioskRating(5);
        String flaggedId = field(kioskRating(1).body(), "id");
        try (WebSession strangerManager = user(Role.UNIT_MANAGER, other);
             WebSession strangerOfficer = user(Role.OFFICER, other);
             WebSession province = user(Role.PROVINCE_MANAGER, fixtures.province())) {
            assertThat(strangerManager.get("/quan-tri/danh-gia-can-xem").html().select("tr[data-id=" + flaggedId + "]")).isEmpty();
            // by hand on purpose: another commune's ratings and counters have no page here
            assertThat(strangerManager.post("/quan-tri/danh-gia-can-xem/" + flaggedId + "/tinh", Map.of()).status()).isEqualTo(404);
            assertThat(countedToday()).isEqualTo(1);

            assertThat(strangerOfficer.get("/quay").html().select("li[data-code=" + w.counter + "]")).isEmpty();
            assertThat(strangerOfficer.get("/quay/" + w.counter).status()).isEqualTo(404);
            assertThat(strangerOfficer.post("/quay/" + w.counter + "/tiep-theo", Map.of("ticket", "1")).status()).isEqualTo(404);

            assertThat(province.get("/quan-tri/danh-gia-can-xem").html().select("tr[data-id=" + flaggedId + "]")).hasSize(1);
            assertThat(province.get("/quay").status()).isEqualTo(403);
            // the counter page is the one-stop officer's, not the complaint handler's (issue 7.5)
            try (WebSession handler = user(Role.HANDLER, w.unit)) {
                assertThat(handler.get("/quay").status()).isEqualTo(403);
            }
            assertThat(province.get("/quan-tri/ki-ot").status()).isEqualTo(403);
        }
    }
}
