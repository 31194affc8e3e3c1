package vn.hailong.kiosk;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/** Page object for the kiosk in Debian's headless Chromium. Skips the test when no Chromium is installed. */
final class KioskBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final ChromeDriver driver;

    static void assumeChromium() {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
    }

    KioskBrowser(int width, int height) {
        assumeChromium();
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=vi");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        viewport(width, height);
    }

    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    void open(String url) {
        driver.get(url);
    }

    WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    void waitForScreen(String screen) {
        waitForScreen(screen, 15);
    }

    void waitForScreen(String screen, int seconds) {
        waiting(seconds).until(d -> screen.equals(d.findElement(By.id("app")).getAttribute("data-screen")));
    }

    String screen() {
        return driver.findElement(By.id("app")).getAttribute("data-screen");
    }

    WebElement testid(String id) {
        return waiting(10).until(d -> d.findElement(By.cssSelector("[data-testid='" + id + "']")));
    }

    /** Taps a button; the kiosk rebuilds its screen on every change, so a button found a moment ago may be gone. */
    void tap(String id) {
        waiting(10).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("[data-testid='" + id + "']")).click();
            return true;
        });
    }

    long pending() {
        Object n = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.hailongKiosk.pendingCount().then(done, () => done(-1));");
        return ((Number) n).longValue();
    }

    /** The kiosk's own language attribute, set once the texts of a language are in place. */
    void waitForLanguage(String lang) {
        waiting(10).until(d -> lang.equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
    }

    /**
     * What a citizen could not reach or read on the screen now shown (src/test/resources/kiosk/layout-problems.js):
     * sideways overflow, buttons outside the window or smaller than 96 px, main actions that need scrolling, duplicate ids.
     */
    @SuppressWarnings("unchecked")
    List<String> layoutProblems(List<String> mainActions) {
        return (List<String>) driver.executeScript(LAYOUT_PROBLEMS, mainActions);
    }

    /** Errors the page logged (console.error, uncaught exceptions, failed requests) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static final String LAYOUT_PROBLEMS = resource("/kiosk/layout-problems.js");

    private static String resource(String name) {
        try (InputStream in = KioskBrowser.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String html() {
        return driver.getPageSource();
    }

    /** Saves target/screenshots/{name}.png; a name with slashes makes folders. */
    Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots").resolve(name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
