package vn.hailong.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.database.EmbeddedDatabaseConfigurer;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages crawl (issue 7): signs in as each role of the demo (admin and the demo accounts), visits every page
 * the navigation offers and the forms reachable from those lists (a "new" form and the first item's page), in
 * Vietnamese and English, at phone (390×844) and desktop (1366×768) widths, and fails on an HTTP error, a console
 * error, a duplicate id, a duplicate field name within a form (radio groups and checkbox lists excepted), a field
 * without a label, or horizontal overflow. Screenshots go to target/screenshots/staff/. One browser for the class.
 */
class StaffPagesCrawlBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String DEMO_PASSWORD = "hailong-demo-2026";
    static final int[][] SIZES = {{390, 844}, {1366, 768}};
    static final Path SHOTS = Path.of("target", "screenshots", "staff");

    /** In the browser: what is wrong with the page as rendered, one line each. */
    static final String CHECKS = """
            const problems = [];
            const ids = {};
            document.querySelectorAll('[id]').forEach(e => { ids[e.id] = (ids[e.id] || 0) + 1; });
            Object.entries(ids).filter(([, n]) => n > 1).forEach(([id, n]) => problems.push('duplicate id "' + id + '" (' + n + ' times)'));
            document.querySelectorAll('form').forEach((form, i) => {
              const names = {};
              Array.from(form.elements).filter(e => e.name && e.type !== 'radio' && e.type !== 'checkbox'
                  && e.type !== 'submit' && e.type !== 'button')
                .forEach(e => { names[e.name] = (names[e.name] || 0) + 1; });
              Object.entries(names).filter(([, n]) => n > 1).forEach(([name, n]) =>
                  problems.push('form ' + (form.getAttribute('data-testid') || form.getAttribute('action') || i)
                      + ': field name "' + name + '" ' + n + ' times'));
            });
            document.querySelectorAll('input, select, textarea').forEach(e => {
              if (['hidden', 'submit', 'button', 'image', 'reset'].includes(e.type)) return;
              const labelled = (e.labels && e.labels.length > 0) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
              if (!labelled) problems.push('field without a label: ' + e.tagName.toLowerCase() + ' name="' + (e.name || '') + '" id="' + (e.id || '') + '"');
            });
            const nav = performance.getEntriesByType('navigation')[0];
            if (nav && nav.responseStatus >= 400) problems.push('HTTP ' + nav.responseStatus);
            return problems;
            """;
    static final String OVERFLOW = """
            const d = document.documentElement;
            if (d.scrollWidth <= window.innerWidth) return null;
            const wide = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
              .slice(-3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : ''));
            return 'horizontal overflow: scrollWidth ' + d.scrollWidth + ' > innerWidth ' + window.innerWidth + ' (' + wide.join(', ') + ')';
            """;

    static int port;
    static EmbeddedServer server;
    static ChromeDriver driver;
    static String caseCode;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("micronaut.environments", "test");
        props.put("micronaut.server.port", port);
        props.put("hailong.public-base-url", "http://localhost:" + port);
        // the demo directory and its staff accounts; a day of ratings is enough for the pages to have content
        props.put("hailong.demo-data", "true");
        props.put("hailong.demo-ratings.days", "1");
        props.put("hailong.demo-ratings.scale", "0.2");
        props.put("hailong.demo-ratings.background", "false");
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(props);
        new EmbeddedDatabaseConfigurer().configure(builder);
        server = builder.start().getBean(EmbeddedServer.class).start();
        // a case in the demo handler's unit, so that the workspace's queue and case page have content
        caseCode = server.getApplicationContext().getBean(vn.hailong.complaints.ComplaintIntake.class).file(null,
                "203.0.113.9", null, new vn.hailong.complaints.ComplaintIntake.Submission("PHAN_ANH",
                        "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng; người dân phải chờ lâu.", "19789.TTPVHCC",
                        null, "0912345678", null, "WEB")).trackingCode();

        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--lang=vi");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null && server.isRunning()) {
            server.getApplicationContext().close();
        }
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static JavascriptExecutor js() {
        return driver;
    }

    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @Test
    void every_staff_page_and_form_is_clean_for_every_role_in_both_languages_at_phone_and_desktop_width() {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put("admin", WebSession.ADMIN_PASSWORD);
        for (String demo : List.of("quanly.tinh", "quanly.thuanhoa", "xuly.thuanhoa", "canbo.thuanhoa")) {
            accounts.put(demo, DEMO_PASSWORD);
        }
        List<String> problems = new ArrayList<>();
        int visited = 0;
        long started = System.nanoTime();
        for (String lang : List.of("vi", "en")) {
            driver.manage().deleteAllCookies();
            driver.get(url("/ngon-ngu?lang=" + lang + "&tiep=/dang-nhap"));
            visited += visit("anonymous", lang, "/dang-nhap", problems);
            // the public complaint form, reached from every public page's footer
            visited += visit("anonymous", lang, "/phan-anh", problems);
            for (Map.Entry<String, String> account : accounts.entrySet()) {
                driver.manage().deleteAllCookies();
                driver.get(url("/ngon-ngu?lang=" + lang + "&tiep=/dang-nhap"));
                signIn(account.getKey(), account.getValue());
                for (String path : pagesOf(account.getKey())) {
                    visited += visit(account.getKey(), lang, path, problems);
                }
            }
        }
        System.out.printf("Staff crawl: %d page views in %d s, %d problems%n", visited,
                (System.nanoTime() - started) / 1_000_000_000, problems.size());
        assertThat(problems).as("problems on staff pages").isEmpty();
    }

    private static void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
    }

    /**
     * The pages of the signed-in user: home, every navigation link, the header's links, and from each list the
     * forms it leads to (one link of each shape: "…/moi", "…/{code}", "…/{code}/sua"), skipping downloads.
     */
    private static List<String> pagesOf(String username) {
        driver.get(url("/"));
        Set<String> pages = new LinkedHashSet<>(List.of("/"));
        pages.addAll(hrefs("[data-testid=main-nav] a, .user-box a"));
        if (pages.contains("/xu-ly")) {
            // the workspace's other tabs and a case (the queue a handler opens on shows only their own cases)
            pages.addAll(List.of("/xu-ly?tab=chua-giao", "/xu-ly?tab=qua-han", "/xu-ly/" + caseCode));
        }
        List<String> navigation = new ArrayList<>(pages);
        for (String list : navigation) {
            if (list.equals("/")) {
                continue;
            }
            driver.get(url(list));
            Set<String> shapes = new LinkedHashSet<>();
            for (String href : hrefs("main a")) {
                if (!href.startsWith(list + "/") || href.contains("?") || href.matches(".*\\.(csv|xlsx|json)$")) {
                    continue;
                }
                // "/moi" is one shape, "/46.TTPVHCC" and "/19789" another, "/5/sua" a third
                String shape = java.util.Arrays.stream(href.substring(list.length() + 1).split("/"))
                        .map(segment -> segment.equals("moi") ? segment : "*")
                        .collect(java.util.stream.Collectors.joining("/"));
                if (shapes.add(shape)) {
                    pages.add(href);
                }
            }
        }
        return new ArrayList<>(pages);
    }

    @SuppressWarnings("unchecked")
    private static List<String> hrefs(String selector) {
        List<String> found = new ArrayList<>();
        for (var a : driver.findElements(By.cssSelector(selector))) {
            String href = a.getAttribute("href");
            if (href == null || !href.startsWith(url("/"))) {
                continue;
            }
            URI uri = URI.create(href);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!path.startsWith("/ngon-ngu") && !path.startsWith("/kiosk") && !path.startsWith("/static")) {
                found.add(path);
            }
        }
        return found;
    }

    /** Loads one page, checks it at both widths, saves a screenshot of each; returns 1. */
    @SuppressWarnings("unchecked")
    private static int visit(String who, String lang, String path, List<String> problems) {
        viewport(SIZES[1][0], SIZES[1][1]);
        driver.get(url(path));
        String where = who + " " + lang + " " + path + ": ";
        for (Object p : (List<Object>) js().executeScript(CHECKS)) {
            problems.add(where + p);
        }
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(where + "console: " + e.getMessage());
            }
        }
        String slug = (who + "-" + lang + path.replaceAll("[^A-Za-z0-9]+", "-")).replaceAll("-+$", "");
        for (int[] size : SIZES) {
            viewport(size[0], size[1]);
            Object overflow = settledOverflow();
            if (overflow != null) {
                problems.add(where + size[0] + "px " + overflow);
            }
            screenshot(slug + "-" + size[0]);
        }
        return 1;
    }

    /**
     * The overflow after the page has had up to a second to follow a width change: charts resize themselves
     * asynchronously (Chart.js watches its box with a ResizeObserver and redraws on the next animation frame).
     */
    private static Object settledOverflow() {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        Object overflow = js().executeScript(OVERFLOW);
        while (overflow != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            overflow = js().executeScript(OVERFLOW);
        }
        return overflow;
    }

    private static void screenshot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
