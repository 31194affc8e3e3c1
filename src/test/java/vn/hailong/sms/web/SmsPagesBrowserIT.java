package vn.hailong.sms.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.database.EmbeddedDatabaseConfigurer;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.AlertPhones;
import vn.hailong.sms.OptOuts;
import vn.hailong.sms.OutboundSms;
import vn.hailong.sms.SmsDispatcher;
import vn.hailong.sms.SmsOutbox;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.sms.fake.FakeTwilioLauncher;
import vn.hailong.support.DemoBrowser;
import vn.hailong.support.Fixtures;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMS admin pages in Chromium at phone (390) and desktop (1366) width, with the fake Twilio on (as in the quick
 * start): messages in every state, the templates with a refused edit, the fake's page with a simulated reply. No
 * horizontal overflow; screenshots in target/screenshots/sms/.
 */
class SmsPagesBrowserIT {

    static final int[][] SIZES = {{390, 844}, {1366, 900}};
    static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth"
            + " ? 'scrollWidth ' + document.documentElement.scrollWidth : null;";

    static int port;
    static EmbeddedServer server;
    static ChromeDriver driver;
    static Path shots;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(new File(DemoBrowser.CHROMIUM).canExecute() && new File(DemoBrowser.CHROMEDRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("micronaut.environments", "test");
        props.put("micronaut.server.port", port);
        props.put("hailong.public-base-url", "http://localhost:" + port);
        props.put("hailong.twilio.fake.enabled", "true");
        props.put("hailong.sms.dispatcher.enabled", "false");
        props.put("hailong.sms.send-window", "00:00-24:00");
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(props);
        new EmbeddedDatabaseConfigurer().configure(builder);
        server = builder.start().getBean(EmbeddedServer.class).start();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(DemoBrowser.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=vi");
        System.setProperty("SE_OFFLINE", "true");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(DemoBrowser.CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        shots = Path.of(System.getProperty("hailong.shots", "target/screenshots/sms"));
        Files.createDirectories(shots);
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

    @Test
    void an_admin_reads_the_messages_edits_a_template_and_simulates_a_reply_at_phone_and_desktop_size() {
        ApplicationContext ctx = server.getApplicationContext();
        Fixtures fixtures = ctx.getBean(Fixtures.class);
        SmsOutbox outbox = ctx.getBean(SmsOutbox.class);
        Unit ward = fixtures.commune("Phường Thuận Hóa (tin nhắn)");
        String run = Fixtures.unique("shot");
        outbox.enqueue(new OutboundSms(SmsPurpose.INVITATION, PhoneNumber.parse("0912345678"),
                Map.of("code", "000.00.27.H57-260302-0042", "link", "http://localhost:" + port + "/danh-gia/K3Q9XRM2PWA4"),
                run + ":1", ward.id()));
        outbox.enqueue(new OutboundSms(SmsPurpose.COMPLAINT_RECEIPT, PhoneNumber.parse("0935 111 222"),
                Map.of("tracking", "PA-2026-7K3Q9", "site", "http://localhost:" + port), run + ":2", ward.id()));
        outbox.enqueue(new OutboundSms(SmsPurpose.APOLOGY, PhoneNumber.parse("0977 333 444"),
                Map.of("code", "000.00.27.H57-260220-0007", "date", "16/03/2026"), run + ":3", ward.id()));
        PhoneNumber stopped = PhoneNumber.parse("0988 555 666");
        ctx.getBean(OptOuts.class).optOut(stopped, "SMS");
        outbox.enqueue(new OutboundSms(SmsPurpose.INVITATION, stopped, Map.of("code", "H57-1", "link", "x"), run + ":4",
                ward.id()));
        ctx.getBean(FakeTwilioLauncher.class).fake().orElseThrow().failNextTo("+84399777888", 400, 21211,
                "Invalid 'To' Phone Number: +84399777888");
        outbox.enqueue(new OutboundSms(SmsPurpose.ANSWER_PUBLISHED, PhoneNumber.parse("0399 777 888"),
                Map.of("tracking", "PA-2026-4HJ2W", "site", "http://localhost:" + port), run + ":0", ward.id()));
        ctx.getBean(SmsDispatcher.class).dispatchDue();
        ctx.getBean(AlertPhones.class).add(ward.id(), PhoneNumber.parse("0905 123 456"), "Chủ tịch UBND phường", "admin",
                Clock.systemUTC().instant());
        outbox.enqueue(new OutboundSms(SmsPurpose.ESCALATION, PhoneNumber.parse("0905 123 456"),
                Map.of("tracking", "PA-2026-4HJ2W", "site", "http://localhost:" + port), run + ":5", ward.id()));

        driver.get(url("/dang-nhap"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(vn.hailong.web.WebSession.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        look("/quan-tri/tin-nhan", "messages");
        assertThat(driver.findElements(By.cssSelector("[data-testid=message-state]")).stream().map(WebElement::getText))
                .contains("Đã đến máy", "Thất bại", "Bỏ qua: số từ chối nhận tin", "Đang chờ gửi");
        look("/quan-tri/tin-nhan/mau", "templates");
        look("/quan-tri/tin-nhan/mau/invitation", "template-edit");

        // a text too long for one message, refused with its count
        viewport(1366, 900);
        driver.get(url("/quan-tri/tin-nhan/mau/invitation"));
        WebElement body = driver.findElement(By.id("body"));
        body.clear();
        body.sendKeys("Hồ sơ {code} của ông/bà đã có kết quả. Xin mời đánh giá sự phục vụ: trả lời tin nhắn này 1-5"
                + " (5 là rất hài lòng) hoặc mở {link} . Nhắn STOP để từ chối");
        submit("[data-testid=template-save]");
        assertThat(driver.findElement(By.cssSelector("[data-testid=body-error]")).getText()).startsWith("Tin nhắn dài");
        look(null, "template-refused");
        submit("[data-testid=template-preview]");
        look(null, "template-previewed");

        look("/quan-tri/tin-nhan/gia-lap", "fake");
        viewport(1366, 900);
        driver.get(url("/quan-tri/tin-nhan/gia-lap"));
        driver.findElement(By.id("from")).sendKeys("0912345678");
        driver.findElement(By.id("text")).sendKeys("5 Can bo rat nhiet tinh");
        submit("[data-testid=fake-reply-send]");
        assertThat(driver.findElements(By.cssSelector("[data-testid=fake-body]")).stream().map(WebElement::getText))
                .contains("5 Can bo rat nhiet tinh");
        look(null, "fake-replied");

        driver.get(url("/ngon-ngu?lang=en&tiep=/quan-tri/tin-nhan"));
        look("/quan-tri/tin-nhan", "messages-en");
        look("/quan-tri/tin-nhan/mau", "templates-en");
    }

    private static void submit(String button) {
        WebElement old = driver.findElement(By.tagName("main"));
        driver.findElement(By.cssSelector(button)).click();
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

    private static void look(String path, String name) {
        for (int[] size : SIZES) {
            viewport(size[0], size[1]);
            if (path != null) {
                driver.get(url(path));
            }
            assertThat(driver.executeScript(OVERFLOW)).as(name + " at " + size[0] + " px").isNull();
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
            viewport(size[0], (int) Math.min(height, 6000));
            shot(name + "-" + size[0]);
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
