package vn.hailong.metrics.dashboard;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import vn.hailong.support.DemoBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in Chromium on the demo's year of ratings: the province manager lands on it after signing in, in
 * Vietnamese and English, at desktop (1366×900) and phone (390×844) width; the charts are drawn, nothing overflows
 * the page sideways, no console error; one drill-down into a unit; the unit manager sees their own subtree.
 * Screenshots (viewport and full page) go to {@code /work/shots/dashboard/} (or {@code target/screenshots/dashboard}).
 */
class DashboardBrowserIT {

    static final String DEMO_PASSWORD = "hailong-demo-2026";
    static final int[][] SIZES = {{1366, 900}, {390, 844}};
    static final Path SHOTS = Files.isDirectory(Path.of("/work/shots")) ? Path.of("/work/shots/dashboard")
            : Path.of("target", "screenshots", "dashboard");
    static final List<String> SECTIONS = List.of("trend", "units", "elements", "sectors", "officers", "counters",
            "channels", "complaints");
    static final String OVERFLOW = """
            const d = document.documentElement;
            if (d.scrollWidth <= window.innerWidth) return null;
            const wide = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''));
            return 'horizontal overflow: scrollWidth ' + d.scrollWidth + ' > innerWidth ' + window.innerWidth + ' (' + wide.join(', ') + ')';
            """;

    static int port;
    static ChromeDriver driver;
    static DemoBrowser browser;
    static EmbeddedServer server;

    @BeforeAll
    static void start() throws IOException {
        browser = DemoBrowser.start(365, 1.0, true);
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
    void managers_read_the_dashboard_on_desktop_and_phone_in_both_languages_and_drill_down() {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            signIn(lang, "quanly.tinh");
            assertThat(path()).as("a manager's home page is the dashboard").isEqualTo("/bao-cao");
            look("province-" + lang, problems);

            WebElement drill = driver.findElement(By.cssSelector("#units a[data-testid^=drill-]"));
            String unit = drill.getText();
            drill.click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                    d.findElement(By.cssSelector("[data-testid=breadcrumb] [aria-current=page]")).getText().equals(unit));
            look("drilled-" + lang, problems);
            assertThat(driver.findElements(By.cssSelector("[data-testid=breadcrumb] li"))).hasSizeGreaterThan(1);
        }
        signIn("vi", "quanly.thuanhoa");
        assertThat(path()).isEqualTo("/bao-cao");
        look("unit-manager-vi", problems);
        assertThat(driver.findElements(By.cssSelector("select#unit option")).size()).isLessThan(10);
        assertThat(problems).as("problems on the dashboard").isEmpty();
    }

    private static void signIn(String lang, String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/ngon-ngu?lang=" + lang + "&tiep=/dang-nhap"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("/dang-nhap")
                && !d.findElements(By.cssSelector("[data-testid=tiles]")).isEmpty());
    }

    /** At each size: charts drawn, every tile with its n, no sideways overflow, no console error; screenshots. */
    private static void look(String name, List<String> problems) {
        for (int[] size : SIZES) {
            viewport(size[0], size[1]);
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(driver.executeScript(
                    "return !!window.Chart && Array.from(document.querySelectorAll('canvas.chart'))"
                            + ".every(c => !!Chart.getChart(c));")));
            String where = name + " " + size[0] + "px: ";
            Object overflow = driver.executeScript(OVERFLOW);
            if (overflow != null) {
                problems.add(where + overflow);
            }
            for (WebElement tile : driver.findElements(By.cssSelector("[data-testid^=tile-]:not([data-testid=tile-qd766])"))) {
                if (tile.findElements(By.cssSelector("[data-figure=n]")).isEmpty()) {
                    problems.add(where + "tile without n: " + tile.getAttribute("data-testid"));
                }
            }
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    problems.add(where + "console: " + e.getMessage());
                }
            }
            shot(name + "-" + size[0]);
            for (String section : SECTIONS) {
                driver.executeScript("document.querySelector('[data-testid=section-" + section + "]').scrollIntoView();");
                shot(name + "-" + size[0] + "-" + section);
            }
            driver.executeScript("window.scrollTo(0, 0);");
        }
    }

    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static void shot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }
}
