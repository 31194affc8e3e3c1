package vn.hailong.metrics.report;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import vn.hailong.support.DemoBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printable periodic report with the demo's data (a month of ratings, long unit names) in Chromium, chosen through
 * its form as a manager would, at desktop and phone width and as printed; screenshots under /work/shots/reports.
 */
class PeriodicReportBrowserIT {

    static final Path SHOTS = Path.of(System.getProperty("hailong.shots", "/work/shots/reports"));

    static int port;
    static EmbeddedServer server;
    static ChromeDriver driver;
    static DemoBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = DemoBrowser.start(40, 0.2, false);
        port = browser.port;
        server = browser.server;
        driver = browser.driver;
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_manager_chooses_a_report_and_reads_it_on_a_desktop_a_phone_and_paper() throws Exception {
        driver.get("http://localhost:" + port + "/dang-nhap");
        driver.findElement(By.id("username")).sendKeys("quanly.thuanhoa");
        driver.findElement(By.id("password")).sendKeys("hailong-demo-2026");
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        driver.get("http://localhost:" + port + "/bao-cao/dinh-ky");
        assertThat(driver.findElement(By.cssSelector("[data-testid=report-title]")).getText()).isEqualTo("BÁO CÁO");
        int quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
        new Select(driver.findElement(By.id("kind"))).selectByValue("Q" + quarter);
        String before = driver.findElement(By.cssSelector("[data-testid=report-document]")).getAttribute("data-testid");
        driver.findElement(By.cssSelector("[data-testid=report-show]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("kind=Q" + quarter));
        assertThat(before).isNotNull();
        String text = driver.findElement(By.cssSelector("[data-testid=report-document]")).getText();
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tỷ lệ hài lòng chung", "Chỉ số SIPAS");

        shot("periodic-report-1366", 1366, 900, false);
        shot("periodic-report-1366-full", 1366, 900, true);
        shot("periodic-report-390", 390, 844, false);
        shot("periodic-report-390-full", 390, 844, true);
        driver.executeScript("document.querySelector('.report-table').scrollIntoView()");
        shot("periodic-report-390-table", 390, 844, false);
        Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("no horizontal overflow at 390 px").isEqualTo(false);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        shot("periodic-report-print", 794, 1123, true);
        assertThat(driver.findElement(By.cssSelector(".main-nav")).isDisplayed()).as("no menu on paper").isFalse();

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.get("http://localhost:" + port + "/ngon-ngu?lang=en&tiep=/bao-cao/dinh-ky");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector("[data-testid=report-title]"))
                .getText().equals("REPORT"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=report-document]")).getText())
                .contains("SOCIALIST REPUBLIC OF VIETNAM", "Satisfied overall", "HEAD OF THE UNIT");
        shot("periodic-report-en-1366-full", 1366, 900, true);
    }

    private static void shot(String name, int width, int height, boolean full) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
        if (full) {
            long h = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", (int) Math.min(h, 6000), "deviceScaleFactor", 1, "mobile", width < 500));
        }
        Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 500));
    }
}
