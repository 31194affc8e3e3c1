package vn.hailong.invitations.replies.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.invitations.replies.InboundReplies;
import vn.hailong.invitations.replies.InboundSms;
import vn.hailong.invitations.replies.InvitedDossiers;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.support.DemoBrowser;
import vn.hailong.web.WebSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbound SMS page in Chromium at phone (390×844) and desktop (1366×900) sizes, in Vietnamese and English, with
 * the replies citizens typically send: no horizontal overflow. Screenshots go to target/screenshots/inbound-sms/.
 */
class InboundMessagesBrowserIT {

    static final int[][] SIZES = {{390, 844}, {1366, 900}};
    static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth"
            + " ? 'scrollWidth ' + document.documentElement.scrollWidth : null;";

    static DemoBrowser browser;
    static ChromeDriver driver;
    static Path shots;

    @BeforeAll
    static void start() throws IOException {
        browser = DemoBrowser.start(1, 0.2, false);
        driver = browser.driver;
        shots = Path.of(System.getProperty("hailong.shots", "target/screenshots/inbound-sms"));
        Files.createDirectories(shots);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void an_admin_reads_the_replies_at_phone_and_desktop_size() {
        InboundReplies replies = browser.context().getBean(InboundReplies.class);
        InvitedDossiers dossiers = browser.context().getBean(InvitedDossiers.class);
        Clock clock = browser.context().getBean(Clock.class);
        InvitedDossiers.Invited d = dossiers.invited(InvitedDossiers.aPhone(), clock.instant().minus(Duration.ofHours(20)));
        receive(replies, clock, d.phone(), "5 Cán bộ hướng dẫn rất nhiệt tình, cảm ơn chị ở quầy 1");
        receive(replies, clock, d.phone(), "PA Phòng chờ không có điều hòa, người già phải đứng chờ gần một tiếng"
                + " đồng hồ mà không ai hướng dẫn lấy số thứ tự");
        receive(replies, clock, InvitedDossiers.aPhone(), "Hủy");
        receive(replies, clock, InvitedDossiers.aPhone(), "ok");
        receive(replies, clock, InvitedDossiers.aPhone(), "4");
        replies.receive(new InboundSms(sid(), "AC1", "+14155550100", "+15005550006", "5", clock.instant()));

        driver.get(browser.url("/dang-nhap"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(WebSession.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(w -> !w.getCurrentUrl().contains("/dang-nhap"));

        look("/quan-tri/tin-nhan/den", "list");
        assertThat(driver.findElements(By.cssSelector("#inbound-sms tbody tr"))).hasSizeGreaterThanOrEqualTo(6);
        look("/quan-tri/tin-nhan/den?ket-qua=COMPLAINT_FILED", "complaints");
        driver.get(browser.url("/ngon-ngu?lang=en&tiep=/quan-tri/tin-nhan/den"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Inbound SMS");
        look("/quan-tri/tin-nhan/den", "list-en");
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static void receive(InboundReplies replies, Clock clock, PhoneNumber from, String body) {
        replies.receive(new InboundSms(sid(), "AC1", from.e164(), "+15005550006", body, clock.instant()));
    }

    private static void look(String path, String name) {
        for (int[] size : SIZES) {
            viewport(size[0], size[1]);
            driver.get(browser.url(path));
            assertThat(driver.executeScript(OVERFLOW)).as(name + " at " + size[0] + " px").isNull();
            shot(name + "-" + size[0]);
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
            viewport(size[0], (int) Math.min(height, 6000));
            shot(name + "-" + size[0] + "-full");
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
}
