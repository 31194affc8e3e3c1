package vn.hailong.complaints.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.database.EmbeddedDatabaseConfigurer;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handler works a case in real Chromium, at desktop (1366×900) and phone (390×844) size, with names as long as the
 * demo's: signs in, opens the queue from the navigation, opens the case, takes it, accepts it and answers it.
 * Screenshots go to target/screenshots/casework/.
 */
class CaseworkBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "screenshots", "casework");
    static final String OVERFLOW = """
            const d = document.documentElement;
            return d.scrollWidth <= window.innerWidth ? null : 'scrollWidth ' + d.scrollWidth + ' > ' + window.innerWidth;
            """;

    static int port;
    static EmbeddedServer server;
    static ChromeDriver driver;

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
        ApplicationContextBuilder builder = ApplicationContext.builder().properties(props);
        new EmbeddedDatabaseConfigurer().configure(builder);
        server = builder.start().getBean(EmbeddedServer.class).start();

        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=vi");
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

    static String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    static WebElement testid(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[data-testid='" + id + "']")).stream().findFirst().orElse(null));
    }

    static void shot(String name) {
        Object overflow = driver.executeScript(OVERFLOW);
        assertThat(overflow).as("horizontal overflow on " + name + " at " + driver.getCurrentUrl()).isNull();
        try {
            Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Clicks a link or button that loads a new page, and waits until the old one is gone. */
    static void press(WebElement button) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // stale, or (while the new page loads) a node of no document: the old page is gone either way
                return true;
            }
        });
    }

    @Test
    void a_handler_takes_accepts_and_answers_a_case_on_a_desktop_and_on_a_phone() {
        Fixtures fixtures = server.getApplicationContext().getBean(Fixtures.class);
        ComplaintIntake intake = server.getApplicationContext().getBean(ComplaintIntake.class);
        Unit district = fixtures.unitUnder(fixtures.province(), "Ủy ban nhân dân thành phố Huế", UnitType.COMMUNE);
        Unit ward = fixtures.unitUnder(district,
                "Trung tâm Phục vụ Hành chính công phường Thuận Hóa, thành phố Huế", UnitType.COMMUNE);
        Actor handler = fixtures.staff(Role.HANDLER, ward, "Công Tôn Nữ Thị Hoàng Bích Ngọc Phương Thảo");

        int[][] sizes = {{1366, 900}, {390, 844}};
        for (int[] size : sizes) {
            String tag = size[0] + "x" + size[1];
            String code = intake.file(null, "203.0.113." + size[0] % 250, null, new ComplaintIntake.Submission("PHAN_ANH",
                    "Sáng thứ Hai, quầy số 2 tiếp nhận hồ sơ đất đai không có cán bộ từ 8 giờ đến 9 giờ 15; người dân "
                            + "phải chờ hơn một giờ mà không được hướng dẫn, bảng điện tử vẫn báo quầy đang phục vụ.",
                    ward.code(), null, "0912345678", null, "WEB", null, null, "Nguyễn Phan Thị Thu Hương Giang",
                    null, null, null, null)).trackingCode();
            driver.manage().deleteAllCookies();
            viewport(size[0], size[1]);
            driver.get(url("/dang-nhap"));
            driver.findElement(By.id("username")).sendKeys(handler.name());
            driver.findElement(By.id("password")).sendKeys(Fixtures.STAFF_PASSWORD);
            driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
            shot(tag + "-1-home");

            press(testid("nav-xu-ly"));
            testid("queue-tabs");
            press(testid("tab-chua-giao"));
            WebElement row = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("tr[data-code='" + code + "']")));
            assertThat(row.findElement(By.cssSelector("[data-testid=sla]")).getText()).isNotBlank();
            shot(tag + "-2-queue");

            press(row.findElement(By.cssSelector("[data-testid=case-link]")));
            assertThat(testid("case-code").getText()).isEqualTo(code);
            assertThat(testid("masked-phone").getText()).isEqualTo("••• ••• 5678");
            shot(tag + "-3-case");

            press(testid("self-assign"));
            assertThat(testid("case-assignee").getText()).isEqualTo("Công Tôn Nữ Thị Hoàng Bích Ngọc Phương Thảo");
            press(testid("reveal"));
            assertThat(testid("contact-phone").getText()).isEqualTo("0912 345 678");
            assertThat(testid("contact-name").getText()).isEqualTo("Nguyễn Phan Thị Thu Hương Giang");
            shot(tag + "-4-contact");

            press(testid("accept"));
            assertThat(testid("case-status").getText()).isEqualTo("Đã thụ lý");
            shot(tag + "-5-accepted");

            WebElement answer = driver.findElement(By.id("answer-text"));
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", answer);
            answer.sendKeys("Kính gửi bà Nguyễn Phan Thị Thu Hương Giang, Trung tâm đã bố trí cán bộ trực quầy số 2 "
                    + "từ 7 giờ 30 mỗi sáng và sửa bảng điện tử. Xin cảm ơn bà đã phản ánh.");
            press(testid("submit-ANSWER"));
            assertThat(testid("case-status").getText()).isEqualTo("Đã trả lời");
            assertThat(testid("case-answer").getText()).startsWith("Kính gửi bà");
            assertThat(testid("flash").getText()).contains(code);
            shot(tag + "-6-answered");
            driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
            shot(tag + "-7-timeline");
        }
    }
}
