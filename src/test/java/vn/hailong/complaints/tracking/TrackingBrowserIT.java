package vn.hailong.complaints.tracking;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen tracks a complaint on a phone-sized screen (390×844) in headless Chromium, in Vietnamese and in English:
 * a wrong digit first, then the right ones, reads the answer, rates it and reopens it. Screenshots go to
 * target/screenshots/tracking/.
 */
@MicronautTest(transactional = false)
class TrackingBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;

    ChromeDriver driver;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=390,844", "--lang=vi");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        // the test plays our reverse proxy: this browser's own client address, so its miss counts no other test's
        ThreadLocalRandom r = ThreadLocalRandom.current();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For",
                "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255))));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    WebElement testid(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("[data-testid='" + id + "']")));
    }

    /**
     * Presses a submit button and waits for the next page, so that nothing is read off the page just left: the old
     * document carries a mark that the new one has not (element staleness is reported in more than one way).
     */
    void submit(WebElement button) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.__leaving = true;");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return window.__leaving === undefined && document.readyState === 'complete';")));
    }

    void shot(String name) {
        try {
            Path target = Path.of("target", "screenshots", "tracking", name + ".png");
            Files.createDirectories(target.getParent());
            // the whole page, as a citizen scrolls it
            Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                    "height", Math.max(844, ((Number) height).intValue()), "deviceScaleFactor", 1, "mobile", true));
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void assertNoSidewaysScroll() {
        Object wide = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(wide).as("horizontal overflow on " + driver.getCurrentUrl()).isEqualTo(false);
    }

    void lookUp(String code, String digits) {
        WebElement field = driver.findElement(By.id("code"));
        field.clear();
        field.sendKeys(code);
        driver.findElement(By.id("digits")).sendKeys(digits);
        submit(driver.findElement(By.cssSelector("[data-testid='lookup-submit']")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void a_citizen_tracks_reads_rates_and_reopens_on_a_phone(String lang) {
        Unit ward = fixtures.commune("Phường Thuận Hóa");
        Actor handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
        String code = intake.file(null, "203.0.113.7", null, new ComplaintIntake.Submission("PHAN_ANH",
                "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", ward.code(), null, "0912345678", null, "WEB"))
                .trackingCode();
        workflow.act(handler, code, CaseCommand.accept(null, null));
        clock.set("2026-04-24T10:00");
        workflow.act(handler, code, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin gửi ảnh chụp quầy số 2 lúc không có cán bộ."));
        clock.set("2026-04-28T09:00");
        workflow.act(handler, code, CaseCommand.of(CaseAction.RESUME, null));
        clock.set("2026-05-06T15:00");
        workflow.act(handler, code, CaseCommand.answer("Trung tâm đã bố trí thêm một cán bộ trực quầy số 2 từ 7 giờ 30 "
                + "mỗi sáng và nhắc nhở cán bộ liên quan. Cảm ơn bạn đã phản ánh.", null));
        clock.set("2026-05-07T09:00");

        driver.get(url("/tra-cuu"));
        if (lang.equals("en")) {
            driver.findElement(By.cssSelector("[data-testid='lang-en']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "en".equals(
                    ((JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        }
        testid("lookup-form");
        assertNoSidewaysScroll();
        shot(lang + "-1-form");

        lookUp(code, "1111");
        assertThat(testid("tracking-notice").getText()).startsWith(lang.equals("vi") ? "Không tìm thấy" : "No complaint");
        shot(lang + "-2-wrong-digits");

        lookUp(code, "5678");
        assertThat(testid("tracked-status").getText()).isEqualTo(lang.equals("vi") ? "Đã có câu trả lời" : "Answered");
        assertThat(testid("answer-text").getText()).startsWith("Trung tâm đã bố trí");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("0912345678", "Nguyễn Thị Xử Lý");
        assertNoSidewaysScroll();
        shot(lang + "-3-answered");

        testid("verdict-unsatisfied").click();
        driver.findElement(By.id("comment")).sendKeys(lang.equals("vi") ? "Sáng nay quầy vẫn trống." : "Still empty this morning.");
        submit(testid("rate-submit"));
        assertThat(testid("tracking-notice").getText())
                .isEqualTo(lang.equals("vi") ? "Cảm ơn bạn đã đánh giá." : "Thank you for your rating.");
        assertThat(testid("tracked-verdict").getText()).contains(lang.equals("vi") ? "Không hài lòng" : "Not satisfied");
        shot(lang + "-4-rated");

        driver.findElement(By.id("reason")).sendKeys(lang.equals("vi")
                ? "Sáng nay 8 giờ quầy số 2 vẫn không có ai." : "At 8 this morning counter 2 was empty again.");
        submit(testid("reopen-submit"));
        assertThat(testid("tracked-status").getText())
                .isEqualTo(lang.equals("vi") ? "Đã mở lại, đang giải quyết lại" : "Reopened, being handled again");
        assertThat(driver.findElements(By.cssSelector("[data-testid='reopen-form']"))).isEmpty();
        assertNoSidewaysScroll();
        shot(lang + "-5-reopened");
    }
}
