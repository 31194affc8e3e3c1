package vn.hailong.metrics.dashboard;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.HistoricRating;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as each role sees it, on a known data set in May 2024 (a month no other test fills): a commune
 * with two units below it (called wards here); ward 1 has 40 kiosk ratings for one officer (36 fives, 4 twos: 90.0%, 95% Wilson interval
 * 76.9–96.0), ward 2 has 10 web ratings for another officer (all fives: 100% but below the minimum sample of 30).
 */
@MicronautTest(transactional = false)
class DashboardPageIT {

    static final java.util.concurrent.atomic.AtomicInteger RUNS = new java.util.concurrent.atomic.AtomicInteger();
    static final String MAY = "&from=2024-05-01&to=2024-05-31";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    RatingHistory history;
    @Inject
    OfficerRegistry officers;
    @Inject
    CounterRegistry counters;

    Unit district;
    Unit ward1;
    Unit ward2;
    Officer good;
    Officer few;

    @BeforeEach
    void setUp() {
        district = fixtures.unitUnder(fixtures.province(), "Xã Thử Nghiệm Bảng Điều Khiển", UnitType.COMMUNE);
        ward1 = fixtures.unitUnder(district, "Trung tâm Phục vụ hành chính công xã", UnitType.SERVICE_CENTRE_COMMUNE);
        ward2 = fixtures.unitUnder(district, "Điểm tiếp nhận thôn Hai", UnitType.RECEPTION_POINT);
        var counter = counters.createTrusted(new CounterDraft(Fixtures.unique("C"), "Quầy Một", ward1.code()));
        good = officers.createTrusted(new OfficerDraft(Fixtures.unique("O"), "Trần Thị Đủ Mẫu", null, ward1.code(), null));
        few = officers.createTrusted(new OfficerDraft(Fixtures.unique("O"), "Lê Văn Ít Phiếu", null, ward2.code(), null));
        List<HistoricRating> ratings = new ArrayList<>();
        // ids come from the moment: each test's ratings at their own moments
        Instant at = Instant.parse("2024-05-15T02:00:00Z").plusSeconds(1000L * RUNS.getAndIncrement());
        String prefix = "dash-it:" + district.code() + ":";
        for (int i = 0; i < 40; i++) {
            Instant t = at.plusSeconds(i);
            ratings.add(new HistoricRating(prefix + i, Channel.KIOSK, ward1.id(), i < 36 ? 5 : 2, counter.id(),
                    good.id(), null, null, List.of(), null, t, t, null));
        }
        for (int i = 0; i < 10; i++) {
            Instant t = at.plusSeconds(100 + i);
            ratings.add(new HistoricRating(prefix + "w" + i, Channel.WEB, ward2.id(), 5, null, few.id(), null, null,
                    List.of(), null, t, t, null));
        }
        history.append(ratings.iterator());
    }

    @Test
    void a_province_manager_sees_the_district_and_drills_down_to_a_ward() {
        Actor manager = fixtures.staff(Role.PROVINCE_MANAGER, fixtures.province(), "Lãnh đạo Tỉnh");
        try (WebSession browser = new WebSession(server)) {
            // signing in leads a manager to the dashboard; the home page stays where it was
            assertThat(browser.signIn(manager.name(), Fixtures.STAFF_PASSWORD).location()).isEqualTo("/bao-cao");
            assertThat(browser.get("/").status()).isEqualTo(200);
            assertThat(browser.get("/bao-cao").status()).isEqualTo(200);

            WebSession.Page page = browser.get("/bao-cao?unit=" + district.code() + "&period=custom" + MAY);
            assertThat(page.status()).isEqualTo(200);
            Document html = page.html();
            Element tile = html.selectFirst("[data-testid=tile-satisfied]");
            assertThat(tile.select("[data-figure=value]").text()).isEqualTo("92,0%");
            assertThat(tile.select("[data-figure=n]").text()).isEqualTo("n = 50");
            assertThat(tile.text()).contains("KTC 95%: 81,2–96,8", "Chỉ tiêu ≥ 90%", "Đạt chỉ tiêu");
            assertThat(tile.attr("data-status")).isEqualTo("MET");
            // the breadcrumb runs from the province down to the district
            assertThat(html.select("[data-testid=breadcrumb] li")).extracting(Element::text)
                    .containsExactly(fixtures.province().name(), district.name());

            // units ranked by the lower bound: ward 1 (enough ratings) before ward 2 (100% of 10)
            Document units = html;
            assertThat(units.select("#units tbody tr")).extracting(r -> r.attr("data-key"))
                    .containsExactly(ward1.code(), ward2.code());
            Element w2 = units.selectFirst("#units tr[data-key=" + ward2.code() + "]");
            assertThat(w2.text()).contains("chưa đủ mẫu").doesNotContain("100,0");
            // channels: the kiosk 80% of the ratings, the web 20%
            assertThat(html.selectFirst("#channels tr[data-key=KIOSK]").text()).contains("40", "80,0%", "90,0%");
            assertThat(html.selectFirst("#channels tr[data-key=WEB]").text()).contains("10", "20,0%", "chưa đủ mẫu");

            // drill-down: the ward's link keeps the period, and its page names the way back up
            String drill = html.selectFirst("[data-testid=drill-" + ward1.code() + "]").attr("href");
            assertThat(drill).isEqualTo("/bao-cao?unit=" + ward1.code() + "&period=custom" + MAY);
            Document ward = browser.get(drill).html();
            assertThat(ward.select("[data-testid=breadcrumb] li")).extracting(Element::text)
                    .containsExactly(fixtures.province().name(), district.name(), ward1.name());
            assertThat(ward.selectFirst("[data-testid=tile-satisfied] [data-figure=value]").text()).isEqualTo("90,0%");
            assertThat(ward.selectFirst("[data-testid=tile-satisfied]").text()).contains("KTC 95%: 76,9–96,0",
                    "Đạt chỉ tiêu");
        }
    }

    @Test
    void a_unit_manager_sees_only_their_subtree_and_officers_are_ranked_with_the_small_sample_guard() {
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, district, "Lãnh đạo Huyện");
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.signIn(manager.name(), Fixtures.STAFF_PASSWORD).location()).isEqualTo("/bao-cao");
            // the filter as rendered: the unit select offers the district and its wards only
            WebSession.Page shown = browser.get("/bao-cao");
            assertThat(shown.html().select("select#unit option")).extracting(o -> o.attr("value"))
                    .containsExactly(district.code(), ward1.code(), ward2.code());
            WebSession.Page page = PageForm.of(browser, "/bao-cao", shown, "[data-testid=dashboard-filter]")
                    .select("period", "custom").set("from", "2024-05-01").set("to", "2024-05-31").submit();
            assertThat(page.status()).isEqualTo(200);
            Document html = page.html();
            assertThat(html.selectFirst("[data-testid=dashboard-period]").text()).contains("01/05/2024", "31/05/2024");
            assertThat(html.select("[data-testid=breadcrumb] li")).extracting(Element::text)
                    .containsExactly(district.name());

            // officers by the lower bound: 90% of 40 ranks, 100% of 10 comes last as "chưa đủ mẫu"
            assertThat(html.select("#officers tbody tr")).extracting(r -> r.attr("data-key"))
                    .containsExactly(good.code(), few.code());
            Element first = html.selectFirst("#officers tr[data-key=" + good.code() + "]");
            assertThat(first.select("td.share").text()).contains("90,0%", "KTC 95%: 76,9–96,0");
            assertThat(first.select("[data-testid=officer-mix]").text()).contains("Ki-ốt tại quầy", "100% số phiếu (n = 40)");
            Element last = html.selectFirst("#officers tr[data-key=" + few.code() + "]");
            assertThat(last.select("td.share").text()).isEqualTo("chưa đủ mẫu");
            assertThat(last.select("td.num").text()).contains("10");

            // exports and reports with the same parameters
            assertThat(html.selectFirst("[data-testid=export-officers] a").attr("href"))
                    .isEqualTo("/bao-cao/xuat/officers.csv?unit=" + district.code() + MAY);
            assertThat(html.select("[data-testid=export-officers] a").get(1).attr("href"))
                    .isEqualTo("/bao-cao/xuat/officers.xlsx?unit=" + district.code() + MAY);
            assertThat(html.selectFirst("[data-testid=link-reports]").attr("href"))
                    .isEqualTo("/bao-cao/dinh-ky?unit=" + district.code() + MAY);
            assertThat(html.selectFirst("[data-testid=link-alerts]").attr("href"))
                    .isEqualTo("/bao-cao/canh-bao?unit=" + district.code() + MAY);
            // every figure as text without JavaScript: the trend table holds the month
            assertThat(html.selectFirst("#trend tr[data-key=2024-05]").text()).contains("50", "92,0%");

            // above or beside the subtree: not found, as if it did not exist
            assertThat(browser.get("/bao-cao?unit=" + fixtures.province().code()).status()).isEqualTo(404);
        }
        Actor wardManager = fixtures.staff(Role.UNIT_MANAGER, ward1, "Lãnh đạo Phường Một");
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(wardManager.name(), Fixtures.STAFF_PASSWORD);
            assertThat(browser.get("/bao-cao?unit=" + ward2.code() + MAY).status()).isEqualTo(404);
            assertThat(browser.get("/bao-cao?unit=" + district.code() + MAY).status()).isEqualTo(404);
            Document own = browser.get("/bao-cao?unit=" + ward1.code() + MAY).html();
            assertThat(own.selectFirst("[data-testid=tile-satisfied] [data-figure=n]").text()).isEqualTo("n = 40");
        }
    }

    @Test
    void handlers_and_officers_may_not_open_it_and_a_bad_date_is_said_in_words() {
        Actor handler = fixtures.staff(Role.HANDLER, district, "Cán bộ xử lý");
        try (WebSession browser = new WebSession(server)) {
            assertThat(browser.signIn(handler.name(), Fixtures.STAFF_PASSWORD).location()).isEqualTo("/");
            assertThat(browser.get("/bao-cao").status()).isEqualTo(403);
        }
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            WebSession.Page bad = browser.get("/bao-cao?unit=" + district.code() + "&period=custom&from=2024-13-01&to=2024-05-31");
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.byTestId("form-errors")).isNotNull();
            assertThat(bad.html().selectFirst("#from-error").text()).isEqualTo("Hãy nhập ngày theo dạng năm-tháng-ngày.");
        }
    }

    @Test
    void in_english_the_labels_and_numbers_are_english() {
        try (WebSession browser = new WebSession(server)) {
            browser.signInAsAdmin();
            browser.setCookie("hailong_lang", "en");
            Document html = browser.get("/bao-cao?unit=" + district.code() + "&period=custom" + MAY).html();
            Element tile = html.selectFirst("[data-testid=tile-satisfied]");
            assertThat(tile.text()).contains("Satisfied", "92.0%", "n = 50", "95% CI: 81.2–96.8", "Target met");
        }
    }
}
