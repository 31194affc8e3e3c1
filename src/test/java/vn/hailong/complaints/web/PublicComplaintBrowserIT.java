package vn.hailong.complaints.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.organisation.Unit;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen fills /phan-anh in headless Chromium on a phone (390×844) and on a desktop window, in Vietnamese and in
 * English: finds the unit by typing part of its name without tone marks, attaches a photo, gets a phone number wrong
 * once (the text stays), then sends and reads the receipt. Full-page screenshots go to target/screenshots/complaints/.
 */
@MicronautTest(transactional = false)
class PublicComplaintBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "screenshots", "complaints");
    static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth + 1;";

    static ChromeDriver driver;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    @BeforeAll
    static void browser() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--lang=vi");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return server.getURL().toString().replaceAll("/$", "") + path;
    }

    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The whole page, however long: the viewport is stretched to the page's height for the picture. */
    private static void screenshot(String name, int width, int height) {
        long full = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        viewport(width, (int) Math.max(height, Math.min(full, 6000)));
        try {
            Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            viewport(width, height);
        }
    }

    private static WebElement testid(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("[data-testid='" + id + "']")));
    }

    @Test
    void a_citizen_files_a_complaint_with_a_photo_on_a_phone_and_on_a_desktop_in_both_languages() throws IOException {
        Unit unit = fixtures.commune("Phường Thuận Hóa " + Fixtures.unique("p"));
        Path photo = Files.createTempFile("quay-cho", ".png");
        Files.write(photo, TestFiles.png());
        int[][] sizes = {{390, 844}, {1366, 768}};
        for (String lang : new String[] {"vi", "en"}) {
            for (int[] size : sizes) {
                String slug = lang + "-" + size[0];
                driver.manage().deleteAllCookies();
                viewport(size[0], size[1]);
                driver.get(url("/ngon-ngu?lang=" + lang + "&tiep=/phan-anh"));
                testid("complaint-form");
                assertThat(((JavascriptExecutor) driver).executeScript(OVERFLOW)).as(slug + " overflow").isEqualTo(false);
                screenshot("form-" + slug, size[0], size[1]);

                driver.findElement(By.cssSelector("label[for='kind-PHAN_ANH']")).click();
                // typed without tone marks, as on a phone keyboard
                WebElement filter = driver.findElement(By.id("unit-filter"));
                assertThat(filter.isDisplayed()).isTrue();
                filter.sendKeys("thuan hoa " + unit.name().substring(unit.name().lastIndexOf(' ') + 1));
                assertThat(new Select(driver.findElement(By.id("unitCode"))).getFirstSelectedOption().getAttribute("value"))
                        .isEqualTo(unit.code());
                String text = "Quầy hộ tịch không có cán bộ từ 8 giờ đến 9 giờ sáng (" + slug + ") " + Fixtures.unique("t");
                driver.findElement(By.id("text")).sendKeys(text);
                driver.findElement(By.id("citizenName")).sendKeys("Trần Thị Bình");
                driver.findElement(By.id("phone")).sendKeys("0912 34");
                driver.findElement(By.cssSelector("label[for='contactRequested']")).click();
                driver.findElement(By.id("attachment1")).sendKeys(photo.toAbsolutePath().toString());
                testid("complaint-submit").click();

                WebElement phoneError = testid("phone-error");
                assertThat(phoneError.getText()).isNotBlank();
                assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo(text);
                assertThat(((JavascriptExecutor) driver).executeScript(OVERFLOW)).as(slug + " overflow").isEqualTo(false);
                screenshot("form-refused-" + slug, size[0], size[1]);

                WebElement phone = driver.findElement(By.id("phone"));
                phone.clear();
                phone.sendKeys("0912 345 678");
                driver.findElement(By.id("attachment1")).sendKeys(photo.toAbsolutePath().toString());
                testid("complaint-submit").click();

                String code = testid("tracking-code").getText();
                assertThat(code).startsWith("PA-");
                assertThat(testid("due").getText()).isNotBlank();
                assertThat(testid("print").isDisplayed()).isTrue();
                assertThat(testid("tracking-code").getSize().getHeight()).isGreaterThanOrEqualTo(36);
                assertThat(((JavascriptExecutor) driver).executeScript(OVERFLOW)).as(slug + " overflow").isEqualTo(false);
                screenshot("receipt-" + slug, size[0], size[1]);
                assertThat(sql.column("""
                        SELECT COUNT(*) FROM complaint_attachments a JOIN complaints c ON c.id = a.complaint_id
                        WHERE c.tracking_code = ?""", code)).containsExactly("1");
            }
        }
    }
}
