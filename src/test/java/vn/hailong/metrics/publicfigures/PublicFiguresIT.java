package vn.hailong.metrics.publicfigures;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.metrics.alerts.FiguresWorldAccess;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /cong-khai} on a known data set of last year: a commune whose centre got 45 ratings, 36 satisfied (80.0%,
 * 95% 66.2–89.1), with an officer and comments naming people; a second commune with 10 ratings (too few).
 */
@MicronautTest(transactional = false)
class PublicFiguresIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Directory directory;
    @Inject
    RatingHistory history;
    @Inject
    PublicFigures figures;
    @Inject
    Clock clock;

    @Test
    void the_page_shows_aggregates_only_with_the_small_sample_guard_and_is_cacheable() {
        LocalDate day = LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).minusYears(1).withMonth(6).withDayOfMonth(10);
        String tag = Fixtures.unique("ck");
        Unit commune = fixtures.commune("Xã Công Khai " + tag);
        Unit centre = fixtures.unitUnder(commune, "Trung tâm phục vụ hành chính công xã Công Khai " + tag,
                UnitType.SERVICE_CENTRE_COMMUNE);
        Unit small = fixtures.commune("Xã Ít Phiếu " + tag);
        Unit hidden = fixtures.unitUnder(fixtures.province(), "Sở Không Công Khai " + tag, UnitType.PROVINCIAL_DEPARTMENT);
        FiguresWorldAccess.world(fixtures, new Api(server), directory, history, centre, "Trần Thị Bí Mật")
                .rate(centre, day, Channel.KIOSK, 5, 36, true, "Cán bộ Nguyễn Văn Bình, số 0905123456, rất tận tình")
                .rate(centre, day, Channel.KIOSK, 2, 9, true, "Chờ lâu")
                .rate(small, day, Channel.KIOSK, 5, 10, false, null)
                .rate(hidden, day, Channel.KIOSK, 1, 40, false, null)
                .store();
        figures.forget();

        try (WebSession s = new WebSession(server)) {
            WebSession.Page page = s.get("/cong-khai?ky=nam-truoc");
            assertThat(page.status()).isEqualTo(200);
            Document html = page.html();
            Element row = html.selectFirst("#public-units tr[data-unit=" + commune.code() + "]");
            assertThat(row).as(html.outerHtml()).isNotNull();
            assertThat(row.selectFirst("[data-testid=unit-satisfied]").text())
                    .isEqualTo("80,0 % trên 45 phiếu · khoảng tin cậy 95%: 66,2–89,1 %");
            assertThat(row.selectFirst("[data-testid=unit-received]").text()).isEqualTo("0");
            assertThat(row.selectFirst("[data-testid=unit-on-time]").text()).isEqualTo("Chưa có dữ liệu");
            Element few = html.selectFirst("#public-units tr[data-unit=" + small.code() + "]");
            assertThat(few.selectFirst("[data-testid=unit-satisfied]").text()).isEqualTo("Chưa đủ mẫu (mới có 10)");
            assertThat(few.selectFirst("[data-testid=unit-satisfied]").text()).doesNotContain("100");
            // departments are not on the page, and nothing personal or about an officer is
            assertThat(html.select("tr[data-unit=" + hidden.code() + "]")).isEmpty();
            assertThat(page.body()).doesNotContain("Trần Thị Bí Mật").doesNotContain("Nguyễn Văn Bình")
                    .doesNotContain("0905123456").doesNotContain("Chờ lâu").doesNotContain("Quầy số 3");
            assertThat(html.selectFirst("[data-testid=period-dates]").text())
                    .isEqualTo("Từ ngày 01/01/" + day.getYear() + " đến ngày 31/12/" + day.getYear() + ".");

            // cacheable: public, with a validator, no cookie; a repeat visit is answered 304
            assertThat(page.headers().get("cache-control")).containsExactly("public, max-age=300");
            assertThat(page.headers().get("set-cookie")).isNull();
            String etag = page.headers().get("etag").get(0);
            WebSession.Page again = s.exchange(HttpRequest.GET("/cong-khai?ky=nam-truoc").header("If-None-Match", etag));
            assertThat(again.status()).isEqualTo(304);
            // the English page is another representation
            s.setCookie("hailong_lang", "en");
            WebSession.Page english = s.exchange(HttpRequest.GET("/cong-khai?ky=nam-truoc").header("If-None-Match", etag));
            assertThat(english.status()).isEqualTo(200);
            assertThat(english.html().selectFirst("#public-units tr[data-unit=" + commune.code() + "] [data-testid=unit-satisfied]").text())
                    .isEqualTo("80.0% of 45 ratings · 95% interval: 66.2–89.1%");
            // the public footer links the page
            s.setCookie("hailong_lang", "vi");
            assertThat(s.get("/tra-cuu").html().select("a[href=/cong-khai]")).isNotEmpty();
        }
        // staff see it under their own header, which no shared cache may keep
        var manager = fixtures.staff(Role.PROVINCE_MANAGER, fixtures.province(), "Quản Lý Xem Công Khai");
        try (WebSession s = new WebSession(server)) {
            s.signIn(manager.name(), Fixtures.STAFF_PASSWORD);
            WebSession.Page page = s.get("/cong-khai?ky=nam-truoc");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().get("cache-control")).containsExactly("private, no-store");
        }
    }
}
