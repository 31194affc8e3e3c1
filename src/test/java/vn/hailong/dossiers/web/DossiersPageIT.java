package vn.hailong.dossiers.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.Fixtures.unique;

/** {@code /quan-tri/ho-so} as a unit manager and an admin use it: the list, its search form as rendered, a dossier. */
@MicronautTest(transactional = false)
class DossiersPageIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Clock clock;

    Api api;
    RatingWorld w;
    Unit sibling;
    String prefix;
    String open;
    String overdue;
    String returnedLate;
    String elsewhere;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        sibling = fixtures.commune("Xã bên cạnh " + unique("n"));
        prefix = unique("HS");
        open = prefix + "-MO";
        overdue = prefix + "-QH";
        returnedLate = prefix + "-TRA";
        elsewhere = prefix + "-KHAC";
        feed(open, w.unit, Duration.ofDays(1), Duration.ofDays(-3), "");
        feed(overdue, w.unit, Duration.ofDays(6), Duration.ofDays(1), "");
        feed(returnedLate, w.unit, Duration.ofDays(10), Duration.ofDays(5),
                ",\"finishedAt\":\"" + at(Duration.ofDays(4)) + "\",\"returnedAt\":\"" + at(Duration.ofDays(3)) + "\"");
        feed(elsewhere, sibling, Duration.ofDays(1), Duration.ofDays(-3), "");
    }

    String at(Duration ago) {
        return OffsetDateTime.ofInstant(clock.instant().minus(ago).truncatedTo(ChronoUnit.SECONDS), ClockFactory.VIETNAM)
                .toString();
    }

    void feed(String code, Unit unit, Duration receivedAgo, Duration appointmentAgo, String extra) {
        String officer = unit.equals(w.unit) ? ",\"officerCode\":\"" + w.officer + "\"" : "";
        Api.Response r = api.put("/api/v1/dossiers/" + code, w.admin, """
                {"procedureCode":"%s","unitCode":"%s","citizenPhone":"0912345678","receivedAt":"%s","appointmentAt":"%s"%s%s}"""
                .formatted(w.procedure, unit.code(), at(receivedAgo), at(appointmentAgo), officer, extra));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    static Element row(Document html, String code) {
        return html.selectFirst("#dossiers tr[data-code=" + code + "]");
    }

    @Test
    void a_unit_manager_sees_the_dossiers_of_their_subtree_masked_and_marked_and_searches_them() {
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, w.unit, "Lãnh đạo xã");
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(manager.name(), Fixtures.STAFF_PASSWORD);
            WebSession.Page page = browser.get("/quan-tri/ho-so");
            assertThat(page.status()).isEqualTo(200);
            Document html = page.html();
            assertThat(html.select("[data-testid=nav-quan-tri-ho-so]")).hasSize(1);
            assertThat(html.select("#dossiers tbody tr")).extracting(r -> r.attr("data-code"))
                    .containsExactly(open, overdue, returnedLate);
            assertThat(row(html, open).attr("data-state")).isEqualTo("IN_PROGRESS");
            assertThat(row(html, open).select("[data-testid=late]")).isEmpty();
            assertThat(row(html, overdue).text()).contains("Quá hạn", "Trễ hạn");
            assertThat(row(html, returnedLate).text()).contains("Đã trả", "Trễ hạn", "Nguyễn Thị Lan");
            assertThat(row(html, open).selectFirst("[data-testid=phone]").text()).isEqualTo("+8491*****78");
            assertThat(page.body()).doesNotContain("912345678");
            // times in Vietnam's local time
            String received = OffsetDateTime.parse(at(Duration.ofDays(1))).atZoneSameInstant(ClockFactory.VIETNAM)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            assertThat(row(html, open).text()).contains(received);

            // the search form as rendered: by state, then by code and received date
            Document overdueOnly = PageForm.of(browser, "/quan-tri/ho-so", page, "[data-testid=dossier-search]")
                    .select("trangThai", "OVERDUE").submit().html();
            assertThat(overdueOnly.select("#dossiers tbody tr")).extracting(r -> r.attr("data-code"))
                    .containsExactly(overdue);
            String today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).toString();
            String threeDaysAgo = LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).minusDays(3).toString();
            Document byCode = PageForm.open(browser, "/quan-tri/ho-so", "[data-testid=dossier-search]")
                    .set("q", prefix).set("tu", threeDaysAgo).set("den", today).submit().html();
            assertThat(byCode.select("#dossiers tbody tr")).extracting(r -> r.attr("data-code"))
                    .containsExactly(open);
            Document byProcedure = PageForm.open(browser, "/quan-tri/ho-so", "[data-testid=dossier-search]")
                    .set("thuTuc", "khai sinh").select("trangThai", "RETURNED").submit().html();
            assertThat(byProcedure.select("#dossiers tbody tr")).extracting(r -> r.attr("data-code"))
                    .containsExactly(returnedLate);

            // dates the wrong way round are named on the form
            WebSession.Page wrong = PageForm.open(browser, "/quan-tri/ho-so", "[data-testid=dossier-search]")
                    .set("tu", today).set("den", threeDaysAgo).submit();
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.html().select("[data-testid=den-error]")).hasSize(1);

            // one dossier, and none of the sibling's
            String href = row(html, returnedLate).selectFirst("a").attr("href");
            WebSession.Page detail = browser.get(href);
            assertThat(detail.status()).isEqualTo(200);
            Element facts = detail.html().selectFirst("[data-testid=dossier-facts]");
            assertThat(facts.attr("data-state")).isEqualTo("RETURNED");
            assertThat(facts.attr("data-late")).isEqualTo("true");
            assertThat(facts.selectFirst("[data-testid=phone]").text()).isEqualTo("+8491*****78");
            assertThat(facts.text()).contains("Đăng ký khai sinh", w.unit.name(), "Nguyễn Thị Lan");
            // the QR for the appointment slip: the rating look-up with this dossier's code
            Element qr = detail.html().selectFirst("[data-testid=rating-qr]");
            assertThat(qr.selectFirst("img").attr("src")).startsWith("data:image/png;base64,");
            assertThat(qr.selectFirst("[data-testid=rating-link]").attr("href")).endsWith("/danh-gia?ma=" + returnedLate);
            assertThat(browser.get("/quan-tri/ho-so/" + elsewhere).status()).isEqualTo(404);
            assertThat(browser.get("/quan-tri/ho-so/NO-SUCH-DOSSIER").status()).isEqualTo(404);
        }
    }

    @Test
    void a_province_admin_sees_every_unit_filters_by_one_and_pages_through_the_list() {
        for (int i = 0; i < 24; i++) {
            feed(prefix + "-P" + i, sibling, Duration.ofHours(30 + i), Duration.ofDays(-3), "");
        }
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            WebSession.Page page = PageForm.open(browser, "/quan-tri/ho-so", "[data-testid=dossier-search]")
                    .set("q", prefix).submit();
            Document html = page.html();
            assertThat(html.select("[data-testid=nav-quan-tri-ho-so]")).hasSize(1);
            assertThat(html.selectFirst("[data-testid=dossier-count]").text()).contains("28");
            assertThat(html.select("#dossiers tbody tr")).hasSize(25);
            String next = html.selectFirst("[data-testid=pager] a[rel=next]").attr("href");
            assertThat(next).contains("q=" + prefix).contains("trang=2");
            Document second = browser.get(next).html();
            assertThat(second.select("#dossiers tbody tr")).hasSize(3);

            Document sibling = PageForm.of(browser, "/quan-tri/ho-so", page, "[data-testid=dossier-search]")
                    .select("donVi", this.sibling.code()).submit().html();
            assertThat(sibling.selectFirst("[data-testid=dossier-count]").text()).contains("25");
            assertThat(sibling.select("#dossiers tbody tr[data-code=" + open + "]")).isEmpty();
        }
    }

    @Test
    void other_roles_do_not_get_the_page() {
        Actor handler = fixtures.staff(Role.HANDLER, w.unit, "Cán bộ xử lý");
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(handler.name(), Fixtures.STAFF_PASSWORD);
            assertThat(browser.get("/quan-tri/ho-so").status()).isEqualTo(403);
        }
    }
}
