package vn.hailong.kiosk;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.database.EmbeddedDatabaseConfigurer;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * The kiosk in real headless Chromium against the real server and database: pairing by link, the happy path,
 * the unhappy path that files a complaint, and ratings made while the server is down. Every screen is
 * photographed in portrait 1080x1920 and landscape 1920x1080 into target/screenshots/.
 */
class KioskRatingBrowserIT {

    static final Map<String, Object> PROPERTIES = Map.of(
            "micronaut.environments", "test",
            "hailong.kiosk.thanks-seconds", "2",
            // the browser rates several times within seconds; per-kiosk limits are covered by RatingApiIT
            "hailong.ratings.min-interval", "0s",
            "hailong.ratings.burst-max", "0");

    int port;
    EmbeddedServer server;
    Api api;
    RatingWorld world;
    KioskBrowser browser;

    @BeforeEach
    void start() throws IOException {
        KioskBrowser.assumeChromium();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = startServer();
        api = new Api(server);
        world = new RatingWorld(server.getApplicationContext().getBean(Fixtures.class), api);
    }

    EmbeddedServer startServer() {
        Map<String, Object> props = new java.util.HashMap<>(PROPERTIES);
        props.put("micronaut.server.port", port);
        props.put("hailong.public-base-url", "http://localhost:" + port);
        // the same embedded database as the rest of this JVM's tests (EmbeddedDatabase starts once per JVM)
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(props);
        new EmbeddedDatabaseConfigurer().configure(builder);
        ApplicationContext context = builder.start();
        return context.getBean(EmbeddedServer.class).start();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null && server.isRunning()) {
            server.getApplicationContext().close();
        }
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
        for (char c : "0912345678".toCharArray()) {
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

    @Test
    void every_screen_is_photographed_in_portrait_and_landscape() {
        for (int[] size : new int[][] {{1080, 1920}, {1920, 1080}, {1280, 800}}) {
            String o = size[0] == 1080 ? "portrait" : size[0] == 1920 ? "landscape" : "tablet";
            browser = new KioskBrowser(size[0], size[1]);
            browser.open("http://localhost:" + port + "/kiosk/");
            browser.waitForScreen("pair", 20);
            browser.tap("key-1");
            browser.tap("key-2");
            browser.screenshot(o + "-0-pair");
            pairIn(browser);
            browser.screenshot(o + "-1-start");
            browser.tap("dossier-open");
            browser.screenshot(o + "-2-dossier-keypad");
            browser.tap("key-toggle");
            browser.screenshot(o + "-2b-dossier-letters");
            browser.tap("key-H");
            browser.tap("dossier-ok");
            browser.tap("begin");
            browser.waitForScreen("rate");
            browser.screenshot(o + "-3-rate");
            browser.tap("face-2");
            browser.waitForScreen("reasons");
            browser.tap("reason-WAITING");
            browser.screenshot(o + "-4-reasons");
            browser.tap("phone-open");
            browser.screenshot(o + "-5-phone-keypad");
            browser.tap("phone-ok");
            browser.tap("file-complaint");
            browser.waitForScreen("filed", 20);
            browser.screenshot(o + "-6-filed");
            browser.tap("continue");
            browser.waitForScreen("criteria");
            browser.screenshot(o + "-7-criteria");
            browser.tap("skip");
            browser.waitForScreen("thanks");
            browser.screenshot(o + "-8-thanks");
            browser.tap("lang-switch");
            browser.waitForScreen("start", 10);
            browser.close();
            browser = null;
        }
    }
}
