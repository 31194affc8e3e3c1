package vn.hailong.dossiers.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.dossiers.DossierFeed;
import vn.hailong.dossiers.DossierSubmission;
import vn.hailong.organisation.Directory;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.DemoBrowser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier list and one dossier in Chromium, for the demo's unit manager of Thuận Hóa, at phone (390×844) and
 * desktop (1366×900) width, in Vietnamese and English: nothing overflows sideways, no console error. A few dossiers are
 * fed first (the demo feeds none yet). Screenshots go to {@code target/screenshots/dossiers}.
 */
class DossiersPageBrowserIT {

    static final String DEMO_PASSWORD = "hailong-demo-2026";
    static final int[][] SIZES = {{390, 844}, {1366, 900}};
    static final Path SHOTS = Path.of("target", "screenshots", "dossiers");
    static final String OVERFLOW = """
            const d = document.documentElement;
            if (d.scrollWidth <= window.innerWidth) return null;
            return 'horizontal overflow: scrollWidth ' + d.scrollWidth + ' > innerWidth ' + window.innerWidth;
            """;

    static DemoBrowser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = DemoBrowser.start(1, 0.2, true);
        Files.createDirectories(SHOTS);
        DossierFeed feed = browser.context().getBean(DossierFeed.class);
        Directory directory = browser.context().getBean(Directory.class);
        Clock clock = browser.context().getBean(Clock.class);
        long province = directory.unitByCode("19789.TTPVHCC").orElseThrow().parentId();
        Actor admin = new Actor(Actor.Kind.TOKEN, 0, "browser-test", Role.ADMIN, province, null);
        String[][] dossiers = {
                // code, procedure, officer, received (days ago), appointment (days ago), finished, returned
                {"000.00.19.H57-261201-0007", "1.001193", "CB.19789.1", "1", "-2", null, null},
                {"000.00.19.H57-261125-0031", "1.000894", "CB.19789.1", "8", "2", null, null},
                {"000.00.19.H57-261120-0012", "1.000656", "CB.19789.2", "12", "6", "5", "4"},
                {"000.00.19.H57-261118-0004", "1.001193", null, "14", "9", "10", null}};
        for (String[] d : dossiers) {
            feed.report(admin, d[0], new DossierSubmission(d[1], "19789.TTPVHCC", d[2], null, "0912345678",
                    ago(clock, d[3]), ago(clock, d[4]), ago(clock, d[5]), ago(clock, d[6]), "TRUC_TIEP"));
        }
    }

    static OffsetDateTime ago(Clock clock, String days) {
        return days == null ? null : OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(Long.parseLong(days)))
                .truncatedTo(ChronoUnit.MINUTES), ClockFactory.VIETNAM);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_unit_manager_reads_the_list_and_a_dossier_on_phone_and_desktop_in_both_languages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            signIn(lang, "quanly.thuanhoa");
            browser.driver.get(browser.url("/quan-tri/ho-so"));
            wait(By.id("dossiers"));
            look("list-demo-" + lang, problems); // a full page of the demo's own dossiers
            browser.driver.get(browser.url("/quan-tri/ho-so?q=000.00.19.H57"));
            wait(By.id("dossiers"));
            assertThat(browser.driver.findElements(By.cssSelector("#dossiers tbody tr"))).hasSize(4);
            look("list-" + lang, problems);
            browser.driver.findElement(By.cssSelector("#dossiers tr[data-code='000.00.19.H57-261120-0012'] a")).click();
            wait(By.cssSelector("[data-testid=dossier-facts]"));
            look("detail-" + lang, problems);
        }
        // the dashboard's share of dossiers rated, beside the counters' response rates
        signIn("vi", "quanly.thuanhoa");
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
        browser.driver.get(browser.url("/bao-cao"));
        wait(By.cssSelector("[data-testid=dossiers-rated]"));
        org.openqa.selenium.WebElement rated = browser.driver.findElement(By.cssSelector("[data-testid=section-counters]"));
        browser.driver.executeScript("arguments[0].scrollIntoView()", rated);
        Files.write(SHOTS.resolve("dashboard-counters-1366.png"), rated.getScreenshotAs(OutputType.BYTES));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=dossiers-rated]")).getText())
                .contains("Tỷ lệ hồ sơ được đánh giá");
        assertThat(problems).isEmpty();
    }

    private static void signIn(String lang, String username) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(browser.url("/ngon-ngu?lang=" + lang + "&tiep=/dang-nhap"));
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
    }

    private static void wait(By what) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> !d.findElements(what).isEmpty());
    }

    private static void look(String name, List<String> problems) throws IOException {
        for (int[] size : SIZES) {
            browser.driver.manage().window().setSize(new Dimension(size[0], size[1]));
            browser.driver.navigate().refresh();
            wait(By.id("main"));
            Object overflow = browser.driver.executeScript(OVERFLOW);
            if (overflow != null) {
                problems.add(name + " " + size[0] + "px: " + overflow);
            }
            for (LogEntry e : browser.driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    problems.add(name + " " + size[0] + "px: console: " + e.getMessage());
                }
            }
            // the whole page in one picture: the window as tall as the page
            long height = ((Number) browser.driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            browser.driver.manage().window().setSize(new Dimension(size[0], (int) Math.min(height + 100, 4000)));
            byte[] png = browser.driver.getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(name + "-" + size[0] + ".png"), png);
        }
    }
}
