package vn.hailong.dossiers.apology.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.dossiers.apology.DossierRows;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.DemoBrowser;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer finds a late dossier on the list, writes the apology in Chromium and prints the letter: screenshots of
 * the list, the form and the letter at desktop and phone width and as printed, under /work/shots/apology.
 */
@MicronautTest(transactional = false)
class ApologyBrowserIT {

    static final Path SHOTS = Path.of(System.getProperty("hailong.shots", "/work/shots/apology"));

    final MovableClock clock = MovableClock.at("2026-03-04T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    DossierRows dossiers;
    @Inject
    vn.hailong.support.Sql sql;

    ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        sql.update("DELETE FROM sms_outbox WHERE purpose = 'APOLOGY'"); // no dispatcher of a later test sends it
    }

    @Test
    void an_officer_writes_and_prints_the_apology() throws IOException {
        Assumptions.assumeTrue(new File(DemoBrowser.CHROMIUM).canExecute(), "no Chromium");
        Unit ward = fixtures.commune("Phường Thuận Hòa");
        Unit centre = fixtures.unitUnder(ward, "Trung tâm phục vụ hành chính công phường Thuận Hòa",
                UnitType.SERVICE_CENTRE_COMMUNE);
        Actor officer = fixtures.staff(Role.OFFICER, centre, "Nguyễn Thị Mai");
        String code = Fixtures.unique("000.00.12.H46-260302");
        dossiers.open(centre, code, "2026-03-05T16:00", "0905123456");
        dossiers.open(centre, Fixtures.unique("000.00.12.H46-260226"), "2026-03-03T10:00", null);
        Files.createDirectories(SHOTS);
        driver = chromium();
        String base = server.getURL().toString();

        driver.get(base + "/dang-nhap");
        driver.findElement(By.id("username")).sendKeys(officer.name());
        driver.findElement(By.id("password")).sendKeys(Fixtures.STAFF_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        driver.get(base + "/ho-so/tre-han");
        shot("late-list-1366", 1366, 900);
        shot("late-list-390", 390, 844);
        driver.findElement(By.cssSelector("tr[data-code='" + code + "'] a[data-testid=issue]")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/xin-loi"));
        driver.findElement(By.id("reason")).sendKeys("Cần lấy ý kiến của Sở Tư pháp về giấy tờ hộ tịch");
        // a date input types in the browser's locale: set the value as the picker would
        driver.executeScript("document.getElementById('newDate').value = '2026-03-12'");
        driver.findElement(By.id("signerName")).sendKeys("Trần Văn Bình");
        driver.findElement(By.id("signerTitle")).sendKeys("Giám đốc");
        shot("apology-form-1366", 1366, 900);
        shot("apology-form-390", 390, 844);
        driver.findElement(By.cssSelector("[data-testid=apology-submit]")).click();
        waitFor(d -> d.getCurrentUrl().endsWith("/phieu-xin-loi"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=apology-title]")).getText())
                .isEqualTo("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        shot("apology-letter-1366", 1366, 900);
        shot("apology-letter-390", 390, 844);
        Files.write(SHOTS.resolve("apology-letter-390-head.png"),
                driver.findElement(By.cssSelector(".apology-head")).getScreenshotAs(OutputType.BYTES));
        Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("no horizontal overflow at 390 px").isEqualTo(false);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        shot("apology-letter-print", 794, 1123);
        assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).as("no menu on paper").isFalse();
    }

    private void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class).until(condition);
    }

    private static ChromeDriver chromium() {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DemoBrowser.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=vi");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DemoBrowser.CHROMEDRIVER)).usingAnyFreePort().build(), options);
    }

    /** The whole page at this width (up to 4000 px tall). */
    private void shot(String name, int width, int height) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
        long h = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", (int) Math.min(Math.max(h, height), 4000), "deviceScaleFactor", 1,
                        "mobile", width < 500));
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    }
}
