package vn.hailong.invitations;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierReturned;
import vn.hailong.invitations.cards.RatingCard;
import vn.hailong.invitations.cards.RatingCards;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.DemoBrowser;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone rating page in Chromium with the demo province, at two phone sizes (360×740, 412×915): a citizen rates a
 * dossier of Phường Thuận Hóa through its SMS link and a counter through its QR card, taps only (no keyboard but the
 * comment), and the page fits the screen. The printed sheet of QR cards is rendered to PDF and to PNG. Screenshots
 * go to target/screenshots/invitations/ (or the directory in {@code hailong.shots}).
 */
class RatingPageBrowserIT {

    static final int[][] PHONES = {{360, 740}, {412, 915}};
    static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth"
            + " ? 'scrollWidth ' + document.documentElement.scrollWidth : null;";
    static final String UNIT = "19789.TTPVHCC";

    static DemoBrowser browser;
    static ChromeDriver driver;
    static Path shots;
    static ApplicationContext context;

    @BeforeAll
    static void start() throws IOException {
        browser = DemoBrowser.start(1, 0.1, false);
        driver = browser.driver;
        context = browser.context();
        shots = Path.of(System.getProperty("hailong.shots", "target/screenshots/invitations"));
        Files.createDirectories(shots);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @SuppressWarnings("unchecked")
    static Invitation invited(String procedureCode, String counterCode) {
        Directory directory = context.getBean(Directory.class);
        Unit unit = directory.unitByCode(UNIT).orElseThrow();
        var counter = directory.counterByCode(counterCode).orElseThrow();
        var officer = directory.officersOf(unit.id()).stream()
                .filter(o -> counter.id().equals(o.counterId())).findFirst().orElseThrow();
        PhoneNumber phone = PhoneNumber.parse("0905" + (100_000 + ThreadLocalRandom.current().nextInt(900_000)));
        String code = "H56.22-261202-" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        Dossier d = context.getBean(TestDossiers.class).insert(context.getBean(TimeOrderedIds.class).next(), code,
                unit.id(), directory.procedureByCode(procedureCode).orElseThrow().id(), officer.id(), counter.id(),
                phone, context.getBean(Clock.class).instant().minus(Duration.ofHours(2)));
        ApplicationEventPublisher<DossierReturned> events = context.getBean(
                Argument.of(ApplicationEventPublisher.class, DossierReturned.class));
        TransactionOperations<Connection> tx = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        tx.executeWrite(s -> {
            events.publishEvent(new DossierReturned(d.id(), d.code(), d.unitId(), d.counterId(), d.officerId(),
                    d.procedureId(), d.phone(), d.returnedAt()));
            return null;
        });
        return context.getBean(InvitationStore.class).byDossier(d.id()).orElseThrow();
    }

    static RatingCard card(String counterCode, String officerCode) {
        Directory directory = context.getBean(Directory.class);
        Actor admin = new Actor(Actor.Kind.USER, 0, "quantri", Role.ADMIN, directory.roots().get(0).id(), null);
        return context.getBean(RatingCards.class).create(admin, counterCode, officerCode);
    }

    @Test
    void a_citizen_rates_a_dossier_through_its_link_and_a_counter_through_its_qr_card_on_a_phone() {
        String[] procedures = {"2.000815", "1.001193"};
        String[] counters = {"19789.TTPVHCC.Q1", "19789.TTPVHCC.Q2"};
        int[] scores = {4, 2};
        for (int i = 0; i < PHONES.length; i++) {
            int[] size = PHONES[i];
            String w = String.valueOf(size[0]);
            viewport(size[0], size[1]);

            // the dossier's SMS link
            Invitation inv = invited(procedures[i], counters[i]);
            driver.get(browser.url("/danh-gia/" + inv.token()));
            assertThat(driver.findElement(By.cssSelector("[data-testid=unit-name]")).getText())
                    .isEqualTo("Trung tâm Phục vụ hành chính công phường Thuận Hóa");
            assertThat(driver.findElement(By.cssSelector("[data-testid=dossier-code]")).getText())
                    .isEqualTo(inv.dossierCode());
            fits("link-" + w);
            shot("link-" + w);
            fullShot("link-" + w + "-full", size);
            // big targets: each level is at least 48 px high and nearly the screen wide
            WebElement level = driver.findElement(By.cssSelector("label.level-" + scores[i]));
            assertThat(level.getSize().getHeight()).isGreaterThanOrEqualTo(48);
            assertThat(level.getSize().getWidth()).isGreaterThan(size[0] - 60);
            level.click();
            List<WebElement> criteria = driver.findElements(By.cssSelector("fieldset.criterion"));
            assertThat(criteria).isNotEmpty();
            criteria.get(0).findElement(By.cssSelector("label.level-5")).click();
            driver.findElement(By.id("comment")).sendKeys(scores[i] <= 2
                    ? "Phải chờ lâu, quầy đông." : "Cán bộ hướng dẫn tận tình, dễ hiểu.");
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", level);
            shot("link-" + w + "-chosen");
            submit();
            assertThat(driver.findElement(By.cssSelector("[data-testid=thanks-title]")).getText())
                    .isEqualTo("Cảm ơn ông/bà");
            fits("thanks-" + w);
            shot("link-" + w + "-thanks");
            if (scores[i] <= 2) {
                assertThat(driver.findElement(By.cssSelector("[data-testid=complaint-link]")).getAttribute("href"))
                        .endsWith("/phan-anh?ma=" + inv.dossierCode());
            }
            assertThat(context.getBean(Sql.class).column("SELECT score FROM ratings WHERE dossier_code = ?",
                    inv.dossierCode())).containsExactly(String.valueOf(scores[i]));

            // the link again: rated already
            driver.get(browser.url("/danh-gia/" + inv.token()));
            assertThat(driver.findElement(By.cssSelector("[data-testid=rated-title]")).getText())
                    .isEqualTo("Hồ sơ đã được đánh giá");
            fits("rated-" + w);
            shot("rated-" + w);

            // a counter's QR card: walk-up
            RatingCard card = card(counters[i], null);
            driver.get(browser.url("/danh-gia/q/" + card.token()));
            assertThat(driver.findElement(By.cssSelector("[data-testid=counter-name]")).getText())
                    .startsWith("Quầy ");
            fits("card-" + w);
            shot("card-" + w);
            driver.findElement(By.cssSelector("label.level-5")).click();
            submit();
            assertThat(driver.findElement(By.cssSelector("[data-testid=thanks-title]")).getText())
                    .isEqualTo("Cảm ơn ông/bà");
            shot("card-" + w + "-thanks");

            // no score chosen: said at the top, nothing sent
            driver.get(browser.url("/danh-gia/q/" + card(null, "CB.19789.3").token()));
            submit();
            assertThat(driver.findElement(By.cssSelector("[data-testid=score-error]")).getText())
                    .startsWith("Xin chọn một mức hài lòng");
            fits("error-" + w);
            shot("card-" + w + "-no-score");

            driver.get(browser.url("/danh-gia?ma=" + inv.dossierCode()));
            fits("lookup-" + w);
            shot("lookup-" + w);
            driver.get(browser.url("/danh-gia/KHONGCOMA0"));
            fits("not-found-" + w);
            shot("not-found-" + w);
        }
        driver.get(browser.url("/ngon-ngu?lang=en&tiep=/danh-gia/" + invited("1.001193", counters[0]).token()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rate our service");
        fits("link-412-en");
        shot("link-412-en");
        viewport(PHONES[0][0], PHONES[0][1]);
        fits("link-360-en");
        fullShot("link-360-en-full", PHONES[0]);
        driver.get(browser.url("/ngon-ngu?lang=vi&tiep=/danh-gia"));
    }

    @Test
    void the_printed_sheet_of_qr_cards_renders_six_cards_a_page() throws Exception {
        for (String counter : new String[] {"19789.TTPVHCC.Q3", "19789.TTPVHCC.Q4", "19789.TTPVHCC.Q5"}) {
            card(counter, null);
        }
        for (String officer : new String[] {"CB.19789.1", "CB.19789.2", "CB.19789.4", "CB.19789.5"}) {
            card(null, officer);
        }
        viewport(1366, 900);
        driver.get(browser.url("/dang-nhap"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(WebSession.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
        driver.get(browser.url("/quan-tri/ma-qr"));
        assertThat(driver.findElements(By.cssSelector("#cards tbody tr")).size()).isGreaterThanOrEqualTo(7);
        shot("admin-cards-1366");
        driver.get(browser.url("/quan-tri/ma-qr/in"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=printed-card]")).size()).isGreaterThanOrEqualTo(7);
        shot("sheet-screen-1366");

        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.printToPDF",
                Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true, "preferCSSPageSize", true));
        Path file = shots.resolve("sheet.pdf");
        Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", file.toString(),
                shots.resolve("sheet-page").toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        assertThat(Files.exists(shots.resolve("sheet-page-1.png"))).isTrue();
        assertThat(Files.exists(shots.resolve("sheet-page-2.png"))).isTrue();
    }

    private static void submit() {
        WebElement old = driver.findElement(By.tagName("main"));
        WebElement button = driver.findElement(By.cssSelector("[data-testid=rate-submit]"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                old.isDisplayed();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                return false;
            }
        });
    }

    private static void fits(String what) {
        assertThat(driver.executeScript(OVERFLOW)).as(what).isNull();
    }

    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    private static void fullShot(String name, int[] size) {
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
        viewport(size[0], (int) Math.min(height, 5000));
        shot(name);
        viewport(size[0], size[1]);
    }

    private static void shot(String name) {
        try {
            Files.write(shots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
