package vn.hailong.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * The kiosk in real headless Chromium against the real server and database: pairing by link, the happy path,
 * the unhappy path that files a complaint, and ratings made while the server is down. Every screen at every size
 * is crawled and photographed by KioskScreensCrawlBrowserIT.
 */
class KioskRatingBrowserIT {

    int port;
    EmbeddedServer server;
    Api api;
    RatingWorld world;
    KioskBrowser browser;

    @BeforeEach
    void start() {
        KioskBrowser.assumeChromium();
        port = KioskServer.freePort();
        server = startServer();
        api = new Api(server);
        world = new RatingWorld(server.getApplicationContext().getBean(Fixtures.class), api);
    }

    EmbeddedServer startServer() {
        return KioskServer.start(port, Map.of());
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        KioskServer.stop(server);
    }

    void pairIn(KioskBrowser b) {
        Api.Response code = api.post("/api/v1/kiosks/" + world.kioskCode + "/pairing-codes", world.admin, "");
        assertThat(code.status()).as(code.body()).isEqualTo(201);
        b.open(field(code.body(), "link"));
        b.waitForScreen("start", 20);
    }

    long counted() {
        String today = LocalDate.now(Clock.system(ClockFactory.VIETNAM)).toString();
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + world.unit.code() + "&from=" + today + "&to=" + today, world.admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(field(r.body(), "n"));
    }

    void waitUntilSent(KioskBrowser b, int seconds) {
        b.waiting(seconds).until(d -> b.pending() == 0);
    }

    @Test
    void a_citizen_rates_the_bound_officer_in_two_taps() {
        browser = new KioskBrowser(1080, 1920);
        pairIn(browser);
        assertThat(browser.testid("officer-name").getText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(browser.bodyText()).contains("Bắt đầu đánh giá");
        browser.tap("begin");
        browser.waitForScreen("rate");
        assertThat(browser.bodyText()).contains("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng");
        assertThat(browser.testid("face-5").getSize().getHeight()).isGreaterThanOrEqualTo(96);
        browser.tap("face-5");
        browser.waitForScreen("criteria");
        browser.tap("answer-4");
        browser.tap("skip");
        browser.waitForScreen("thanks");
        browser.waitForScreen("start", 10);
        waitUntilSent(browser, 30);
        assertThat(counted()).isEqualTo(1);
    }

    @Test
    void an_unhappy_citizen_files_a_complaint_and_sees_its_tracking_code_and_nothing_personal_stays_on_screen() {
        browser = new KioskBrowser(1920, 1080);
        pairIn(browser);
        browser.tap("begin");
        browser.waitForScreen("rate");
        browser.tap("face-2");
        browser.waitForScreen("reasons");
        browser.tap("reason-WAITING");
        browser.tap("reason-ATTITUDE");
        browser.tap("phone-open");
        // a number the server would refuse is caught on the keypad, while the citizen is still there
        for (char c : "0912".toCharArray()) {
            browser.tap("key-" + c);
        }
        browser.tap("phone-ok");
        assertThat(browser.testid("phone-error").getText()).contains("0912 345 678");
        for (char c : "345678".toCharArray()) {
            browser.tap("key-" + c);
        }
        browser.tap("phone-ok");
        assertThat(browser.testid("phone-open").getText()).isEqualTo("0912 345 678");
        browser.tap("file-complaint");
        browser.waitForScreen("filed", 20);
        String code = browser.testid("tracking-code").getText();
        assertThat(code).matches("PA-20\\d\\d-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(browser.html()).doesNotContain("0912");
        browser.tap("continue");
        browser.waitForScreen("criteria");
        browser.tap("skip");
        browser.waitForScreen("start", 10);
        assertThat(browser.html()).doesNotContain(code).doesNotContain("0912");
        waitUntilSent(browser, 30);
        assertThat(counted()).isEqualTo(1);
    }

    @Test
    void ratings_made_while_the_server_is_down_are_stored_exactly_once_when_it_returns() {
        browser = new KioskBrowser(1280, 800);
        pairIn(browser);
        server.getApplicationContext().close();
        for (int score : new int[] {5, 4, 1}) {
            browser.tap("begin");
            browser.waitForScreen("rate");
            browser.tap("face-" + score);
            if (score <= 3) {
                browser.waitForScreen("reasons");
                browser.tap("reason-LATE");
                browser.tap("rating-only");
            }
            browser.waitForScreen("criteria");
            browser.tap("skip");
            browser.waitForScreen("thanks");
            browser.waitForScreen("start", 10);
        }
        assertThat(browser.pending()).isEqualTo(3);
        assertThat(browser.testid("pending-count").getAttribute("data-count")).isEqualTo("3");

        // the kiosk reloads while offline: the service worker serves the app shell and the cached config
        browser.driver.navigate().refresh();
        browser.waitForScreen("start", 20);
        assertThat(browser.pending()).isEqualTo(3);

        server = startServer();
        api = new Api(server);
        waitUntilSent(browser, 90);
        assertThat(counted()).isEqualTo(3);
    }
}
