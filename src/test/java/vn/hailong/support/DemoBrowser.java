package vn.hailong.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import vn.hailong.database.EmbeddedDatabaseConfigurer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;

/**
 * The service with the demo province on a port of its own, and Debian's headless Chromium looking at it: what a
 * page test in a real browser starts from. Skips the test when Chromium is not installed.
 */
public final class DemoBrowser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    public final int port;
    public final EmbeddedServer server;
    public final ChromeDriver driver;

    private DemoBrowser(int port, EmbeddedServer server, ChromeDriver driver) {
        this.port = port;
        this.server = server;
        this.driver = driver;
    }

    /**
     * @param ratingDays how many days of demo ratings to load before the server answers
     * @param scale      the share of the demo's usual number of ratings per day
     * @param consoleLog whether the browser's console is kept for the test to read
     */
    public static DemoBrowser start(int ratingDays, double scale, boolean consoleLog) {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver");
        int port = freePort();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("micronaut.environments", "test");
        props.put("micronaut.server.port", port);
        props.put("hailong.public-base-url", "http://localhost:" + port);
        props.put("hailong.demo-data", "true");
        props.put("hailong.demo-ratings.days", String.valueOf(ratingDays));
        props.put("hailong.demo-ratings.scale", String.valueOf(scale));
        props.put("hailong.demo-ratings.background", "false");
        props.put("hailong.demo-complaints.background", "false"); // the whole demo is there when the server answers
        props.put("hailong.demo-dossiers.background", "false");
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(props);
        new EmbeddedDatabaseConfigurer().configure(builder);
        EmbeddedServer server = builder.start().getBean(EmbeddedServer.class).start();

        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=vi");
        if (consoleLog) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build(), options);
        return new DemoBrowser(port, server, driver);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        driver.quit();
        if (server.isRunning()) {
            server.getApplicationContext().close();
        }
    }

    /** A port nothing listens on now, for a server a test starts itself. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
