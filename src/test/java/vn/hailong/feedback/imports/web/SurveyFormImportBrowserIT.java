package vn.hailong.feedback.imports.web;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import vn.hailong.support.DemoBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey form import page in headless Chromium, as the demo's ward manager (quanly.thuanhoa) uses it with the
 * demo directory: a file with mistakes gives the report, the fixed file is stored. Phone (390 px) and desktop
 * (1366 px) width, no sideways overflow. Screenshots: target/screenshots/survey-forms/*.png.
 */
class SurveyFormImportBrowserIT {

    static final Path SHOTS = Path.of("target", "screenshots", "survey-forms");
    static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth;";

    static int port;
    static EmbeddedServer server;
    static ChromeDriver driver;
    static DemoBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = DemoBrowser.start(1, 0.2, false);
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

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void upload(Path file) {
        driver.get(url("/quan-tri/nhap-phieu-khao-sat"));
        WebElement page = driver.findElement(By.tagName("main"));
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("[data-testid=form-import-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                page.isDisplayed();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) { // stale, or "does not belong to the document"
                return !d.findElements(By.cssSelector("[data-testid=form-import-summary]")).isEmpty();
            }
        });
    }

    private static void shoot(String name, int width, int height, String scrollTo) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", scrollTo);
        assertThat(driver.executeScript(OVERFLOW)).as(name + " at " + width).isEqualTo(false);
        Files.write(SHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_ward_manager_uploads_a_file_with_mistakes_reads_the_report_and_uploads_it_fixed() throws IOException {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        String unit = "19789.TTPVHCC";
        String header = "formNo,unitCode,surveyDate,procedureCode,officerCode,counterCode,applicantType,score,"
                + "S17-01,S17-10,S17-11,comment\n";
        String bad = header
                + "PKS-2026-000101," + unit + "," + yesterday + ",1.001193,CB.19789.1,,cá nhân,5,5,5,4,Cán bộ hướng dẫn tận tình\n"
                + "PKS-2026-000102," + unit + "," + yesterday + ",1.001193,CB.19789.99,,cá nhân,7,5,,4,\n"
                + "PKS-2026-000103,19789," + yesterday + ",,,,\"tổ chức, doanh nghiệp\",4,4,4,4,\n"
                + "PKS-2026-000101," + unit + "," + yesterday.plusDays(3) + ",,,,hộ gia đình,3,3,3,3,\n";
        Path file = Files.createTempFile("phieu-khao-sat", ".csv");
        Files.writeString(file, bad, StandardCharsets.UTF_8);

        driver.get(url("/dang-nhap"));
        driver.findElement(By.id("username")).sendKeys("quanly.thuanhoa");
        driver.findElement(By.id("password")).sendKeys("hailong-demo-2026");
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        upload(file);
        assertThat(driver.findElement(By.cssSelector("[data-testid=form-import-summary]")).getText())
                .startsWith("Chưa lưu phiếu nào");
        assertThat(driver.findElements(By.cssSelector("#form-import-lines tbody tr"))).hasSize(4);
        shoot("report-errors", 1366, 900, "report-title");
        shoot("report-errors", 390, 844, "report-title");

        Files.writeString(file, header
                + "PKS-2026-000101," + unit + "," + yesterday + ",1.001193,CB.19789.1,,cá nhân,5,5,5,4,Cán bộ hướng dẫn tận tình\n"
                + "PKS-2026-000102," + unit + "," + yesterday + ",1.001193,,,cá nhân,3,5,,4,\n", StandardCharsets.UTF_8);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        upload(file);
        upload(file);
        assertThat(driver.findElement(By.cssSelector("[data-testid=form-import-summary]")).getText())
                .isEqualTo("Tệp có 2 phiếu: đã lưu 0, đã có từ trước 2, lỗi 0.");
        shoot("report-existing", 1366, 900, "report-title");
        shoot("report-existing", 390, 844, "report-title");
        driver.findElement(By.cssSelector("[data-testid=form-columns] details summary")).click();
        shoot("columns", 1366, 900, "columns-title");
        shoot("columns", 390, 844, "columns-title");

        // the same report in English
        driver.get(url("/ngon-ngu?lang=en&tiep=/quan-tri/nhap-phieu-khao-sat"));
        Files.writeString(file, bad, StandardCharsets.UTF_8);
        upload(file);
        assertThat(driver.findElement(By.cssSelector("[data-testid=form-import-summary]")).getText())
                .isEqualTo("Nothing stored. Forms in the file: 4; rows with errors: 3; already there: 1.");
        shoot("report-errors-en", 1366, 900, "report-title");
        shoot("report-errors-en", 390, 844, "report-title");
        Files.delete(file);
    }
}
