package vn.hailong.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;
import static vn.hailong.support.Fixtures.unique;

/**
 * Every kiosk screen at the three sizes kiosks come in (portrait kiosk 1080x1920, landscape kiosk 1920x1080,
 * 10" tablet 1280x800), with only a counter, then 1, 4 and 8 officers with long real names, in Vietnamese and
 * English, against the real service and database. A screen fails when a citizen could not reach or read something
 * (src/test/resources/kiosk/layout-problems.js: sideways overflow, a button outside the window or under 96 px, a
 * main action that needs scrolling, duplicate ids, a message key shown instead of its text) or when the page logs an
 * error. All problems are reported at
 * once. Screenshots: target/screenshots/kiosk/{size}/{screen}.png.
 * <p>
 * Fast on purpose: one browser and one paired kiosk for the whole crawl; sizes are switched by device emulation and
 * officers are added between rounds (the kiosk reloads its config).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskScreensCrawlBrowserIT {

    record Size(String name, int width, int height) {
    }

    static final List<Size> SIZES = List.of(
            new Size("portrait", 1080, 1920), new Size("landscape", 1920, 1080), new Size("tablet", 1280, 800));

    static final String TITLE = "Phó Giám đốc Trung tâm Phục vụ hành chính công phường Thuận Hóa";

    /** Officers as admins type them: some with the title in the name, the longest first; {fullName, title}. */
    static final List<String[]> OFFICERS = List.of(
            new String[] {"Nguyễn Thị Phương Thảo — " + TITLE, null},
            new String[] {"Tôn Nữ Minh Châu", TITLE},
            new String[] {"Lê Thị Hồng Nhung", "Chuyên viên Quầy Tư pháp – Hộ tịch"},
            new String[] {"Phan Thị Thanh Thủy — Phó Trưởng phòng Văn hóa – Xã hội", null},
            new String[] {"Trần Thị Diệu Linh", TITLE},
            new String[] {"Hoàng Thị Mai Anh", null},
            new String[] {"Đặng Thị Ngọc Lan — Công chức Tư pháp – Hộ tịch", "Công chức"},
            new String[] {"Nguyễn Hữu Phước", TITLE});

    EmbeddedServer server;
    Api api;
    String admin;
    Unit unit;
    final String counter = unique("Q");
    final String kiosk = unique("K");
    final List<String> officerCodes = new ArrayList<>();
    KioskBrowser browser;
    String base;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start() {
        KioskBrowser.assumeChromium();
        int port = KioskServer.freePort();
        // the thank-you pause must outlast one screen check on a busy machine
        server = KioskServer.start(port, Map.of("hailong.kiosk.thanks-seconds", "3"));
        base = "http://localhost:" + port;
        api = new Api(server);
        Fixtures fixtures = server.getApplicationContext().getBean(Fixtures.class);
        unit = fixtures.commune("Trung tâm Phục vụ hành chính công phường Thuận Hóa " + unique("n"));
        admin = fixtures.token(Role.ADMIN, fixtures.province());
        created(api.post("/api/v1/counters", admin, """
                {"code":"%s","name":"Quầy Tư pháp – Hộ tịch","unitCode":"%s"}""".formatted(counter, unit.code())));
        created(api.post("/api/v1/kiosks", admin, """
                {"code":"%s","name":"Ki-ốt Quầy Tư pháp","unitCode":"%s","counterCode":"%s"}""".formatted(kiosk, unit.code(), counter)));
        browser = new KioskBrowser(1080, 1920);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        KioskServer.stop(server);
    }

    @Test
    void every_screen_fits_every_kiosk_size_with_one_four_and_eight_long_named_officers_in_both_languages() {
        long started = System.nanoTime();
        browser.open(base + "/kiosk/");
        browser.driver.executeScript("localStorage.clear()"); // a new device, whichever test ran first
        browser.driver.navigate().refresh();
        browser.waitForScreen("pair", 20);
        browser.tap("key-1");
        browser.tap("key-2");
        for (Size size : SIZES) {
            check(size, "pair", "pair-submit");
        }

        pair();
        startScreens("counter-only");
        for (int officers : new int[] {1, 4, 8}) {
            addOfficersUpTo(officers);
            browser.driver.navigate().refresh();
            browser.waitForScreen("start", 20);
            if (officers == 1) {
                assertThat(browser.testid("officer-name").getText()).isEqualTo(OFFICERS.get(0)[0]);
            } else {
                assertThat(browser.driver.findElements(By.cssSelector(".officer-choice"))).hasSize(officers);
            }
            startScreens(officers + "-officers");
        }

        for (Size size : SIZES) {
            rateAndComplain(size, "vi", 3, "Ông/Bà muốn góp ý điều gì để chúng tôi phục vụ tốt hơn?");
            rateAndComplain(size, "en", 2, "What were you unhappy with?");
        }

        System.out.printf("kiosk crawl: %d s, screenshots in target/screenshots/kiosk/%n", (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(problems).as("what a citizen could not reach or read (screenshots in target/screenshots/kiosk/)").isEmpty();
    }

    @Test
    void a_submission_the_server_refuses_for_good_leaves_the_device_and_only_a_count_stays() {
        if (!"start".equals(browser.screen())) {
            browser.open(base + "/kiosk/");
            browser.waitForScreen("pair", 20);
            pair();
        }
        long refusedBefore = ((Number) browser.driver.executeScript("return window.hailongKiosk.rejectedCount()")).longValue();
        // what an older kiosk version or a bug could leave in the outbox: a complaint the service refuses (400)
        browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const req = indexedDB.open('hailong-kiosk', 1);
                req.onsuccess = () => {
                  const tx = req.result.transaction('outbox', 'readwrite');
                  tx.objectStore('outbox').put({ key: crypto.randomUUID(), kind: 'complaint', state: 'ready', attempts: 0,
                    nextAttemptAt: 0, createdAt: 0, lastStatus: null,
                    body: { kind: 'NOT_A_KIND', channel: 'KIOSK', text: 'Nội dung riêng xyzzy', phone: '0987654321' } });
                  tx.oncomplete = () => done(true);
                };""");
        // the outbox sends it on its next run (every 5 s, or now)
        browser.waiting(20).until(d -> {
            browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1]; window.hailongKiosk.flush().then(() => done(true));");
            String stored = (String) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    window.hailongKiosk.storedItems().then((items) => done(JSON.stringify(items)));""");
            return !stored.contains("xyzzy") && !stored.contains("0987654321");
        });
        assertThat(browser.pending()).isZero();
        assertThat(((Number) browser.driver.executeScript("return window.hailongKiosk.rejectedCount()")).longValue())
                .isEqualTo(refusedBefore + 1);
        assertThat(browser.testid("pending-count").getAttribute("data-rejected")).isEqualTo(String.valueOf(refusedBefore + 1));
    }

    void pair() {
        Api.Response code = created(api.post("/api/v1/kiosks/" + kiosk + "/pairing-codes", admin, ""));
        browser.open(field(code.body(), "link"));
        browser.waitForScreen("start", 20);
    }

    /** The start screen at every size, in Vietnamese and then English. */
    void startScreens(String label) {
        for (String lang : List.of("vi", "en")) {
            if (lang.equals("en")) {
                browser.tap("lang-switch");
                browser.waitForLanguage("en");
            }
            for (Size size : SIZES) {
                check(size, "start-" + label + "-" + lang, "begin", "dossier-open", "lang-switch");
            }
        }
        browser.tap("lang-switch");
        browser.waitForLanguage("vi");
    }

    /** One citizen's whole way through, at one size: officer, dossier code, faces, reasons, phone, complaint, questions. */
    void rateAndComplain(Size size, String lang, int score, String reasonsHeading) {
        if (lang.equals("en")) {
            browser.tap("lang-switch");
            browser.waitForLanguage("en");
        }
        browser.tap("officer-" + officerCodes.get(2));
        check(size, "start-officer-chosen-" + lang, "begin", "dossier-open");
        browser.tap("dossier-open");
        check(size, "dossier-keypad-" + lang, "dossier-ok", "dossier-cancel");
        browser.tap("key-toggle");
        check(size, "dossier-letters-" + lang, "dossier-ok", "dossier-cancel");
        browser.tap("key-H");
        browser.tap("key-S");
        browser.tap("dossier-ok");

        browser.tap("begin");
        browser.waitForScreen("rate");
        check(size, "faces-" + lang, "face-5", "face-4", "face-3", "face-2", "face-1", "back");
        browser.tap("face-" + score);
        browser.waitForScreen("reasons");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(reasonsHeading);
        browser.tap("reason-WAITING");
        check(size, "reasons-score-" + score + "-" + lang, "rating-only", "file-complaint", "phone-open");
        browser.tap("phone-open");
        check(size, "phone-keypad-" + lang, "phone-ok", "phone-cancel");
        for (char c : "0912".toCharArray()) {
            browser.tap("key-" + c);
        }
        browser.tap("phone-ok");
        browser.testid("phone-error");
        check(size, "phone-invalid-" + lang, "phone-ok", "phone-cancel");
        for (char c : "345678".toCharArray()) {
            browser.tap("key-" + c);
        }
        browser.tap("phone-ok");
        browser.tap("file-complaint");
        browser.waitForScreen("filed", 20);
        assertThat(browser.testid("tracking-code").getText()).matches("PA-20\\d\\d-[0-9A-HJKMNP-TV-Z]{5}");
        check(size, "complaint-filed-" + lang, "continue");

        browser.tap("continue");
        browser.waitForScreen("criteria");
        check(size, "criteria-" + lang, "answer-5", "answer-1", "skip");
        browser.tap("answer-4");
        if ("criteria".equals(browser.screen())) {
            browser.tap("skip");
        }
        browser.waitForScreen("thanks");
        check(size, "thanks-" + lang);
        browser.waitForScreen("start", 15);
        browser.waitForLanguage("vi");
    }

    void addOfficersUpTo(int count) {
        while (officerCodes.size() < count) {
            String[] officer = OFFICERS.get(officerCodes.size());
            String code = unique("CB");
            created(api.post("/api/v1/officers", admin, """
                    {"code":"%s","fullName":"%s","title":%s,"unitCode":"%s","counterCode":"%s"}""".formatted(
                    code, officer[0], officer[1] == null ? "null" : "\"" + officer[1] + "\"", unit.code(), counter)));
            officerCodes.add(code);
        }
    }

    Size shown;

    void check(Size size, String screen, String... mainActions) {
        if (!size.equals(shown)) {
            browser.viewport(size.width(), size.height());
            shown = size;
        }
        List<String> found = new ArrayList<>(browser.layoutProblems(List.of(mainActions)));
        browser.consoleErrors().forEach(e -> found.add("console error: " + e));
        browser.screenshot("kiosk/" + size.name() + "/" + screen);
        found.forEach(p -> problems.add(size.name() + " " + size.width() + "x" + size.height() + " " + screen + ": " + p));
    }

    static Api.Response created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r;
    }
}
