package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.web.WebSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import vn.hailong.support.DemoBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instruments admin pages in Chromium with the demo data, at phone (390×844) and desktop (1366×900) sizes: no
 * horizontal overflow, and an admin switches to SIPAS 2022 from a date through the page. Screenshots (the viewport
 * and the whole page) go to target/screenshots/instruments/, or to the directory in {@code hailong.shots}.
 */
class InstrumentsAdminBrowserIT {

    static final int[][] SIZES = {{390, 844}, {1366, 900}};
    static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth"
            + " ? 'scrollWidth ' + document.documentElement.scrollWidth : null;";

    static int port;
    static EmbeddedServer server;
    static ChromeDriver driver;
    static DemoBrowser browser;
    static Path shots;

    @BeforeAll
    static void start() throws IOException {
        browser = DemoBrowser.start(1, 0.2, false);
        port = browser.port;
        server = browser.server;
        driver = browser.driver;
        shots = Path.of(System.getProperty("hailong.shots", "target/screenshots/instruments"));
        Files.createDirectories(shots);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            // the database may be the one other tests use (DATASOURCES_DEFAULT_URL): put the seeded dates back
            InstrumentSeed.restore(browser.context().getBean(vn.hailong.support.Sql.class),
                    browser.context().getBean(Instruments.class));
            browser.close();
        }
    }

    @Test
    void an_admin_reads_the_instruments_and_switches_to_sipas_2022_at_phone_and_desktop_size() {
        driver.get(url("/dang-nhap"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(WebSession.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        look("/quan-tri/bo-cau-hoi", "list");
        look("/quan-tri/bo-cau-hoi/SIPAS-2022", "detail-2022");
        for (String part : new String[] {"web", "tieu-chi"}) {
            for (int[] size : SIZES) {
                viewport(size[0], size[1]);
                driver.get(url("/quan-tri/bo-cau-hoi/SIPAS-2022"));
                WebElement at = part.equals("web") ? driver.findElement(By.id("web-S22-C19"))
                        : driver.findElement(By.id(part));
                driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", at);
                shot("detail-2022-" + part + "-" + size[0]);
            }
        }
        look("/quan-tri/bo-cau-hoi/SIPAS-2017", "detail-2017");

        // switch from the first of next month, as an admin would
        viewport(SIZES[1][0], SIZES[1][1]);
        driver.get(url("/quan-tri/bo-cau-hoi"));
        String start = java.time.LocalDate.now(vn.hailong.shared.time.ClockFactory.VIETNAM).plusMonths(1)
                .withDayOfMonth(1).toString();
        WebElement date = driver.findElement(By.id("from-SIPAS-2022"));
        driver.executeScript("arguments[0].value = arguments[1];", date, start);
        WebElement old = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector("[data-testid=dates-save-SIPAS-2022]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            }
        });
        assertThat(driver.findElement(By.cssSelector("[data-testid=flash]")).getText()).contains("SIPAS 2022");
        assertThat(driver.findElement(By.cssSelector("tr[data-code=SIPAS-2022]")).getText()).contains("Từ 01/");
        look(null, "list-switched");

        driver.get(url("/ngon-ngu?lang=en&tiep=/quan-tri/bo-cau-hoi"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Survey instruments");
        look("/quan-tri/bo-cau-hoi", "list-en");
        look("/quan-tri/bo-cau-hoi/SIPAS-2022", "detail-2022-en");
    }

    private static void look(String path, String name) {
        for (int[] size : SIZES) {
            viewport(size[0], size[1]);
            if (path != null) {
                driver.get(url(path));
            }
            assertThat(driver.executeScript(OVERFLOW)).as(name + " at " + size[0] + " px").isNull();
            shot(name + "-" + size[0]);
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
            viewport(size[0], (int) Math.min(height, 6000));
            shot(name + "-" + size[0] + "-full");
            viewport(size[0], size[1]);
        }
    }

    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static void shot(String name) {
        try {
            Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }
}
