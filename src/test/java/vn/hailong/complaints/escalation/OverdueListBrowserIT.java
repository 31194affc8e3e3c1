package vn.hailong.complaints.escalation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue list in headless Chromium as a commune manager sees it, at phone (390 px) and desktop (1366 px)
 * width, with a few late cases of both kinds of holder (assigned and not, a denunciation among them); the page must
 * not overflow sideways. Screenshots: target/screenshots/overdue-list-390.png and -1366.png.
 */
@MicronautTest(transactional = false)
class OverdueListBrowserIT {

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;

    ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    String file(Unit unit, String kind, String text) {
        return intake.file(null, "203.0.113.12", null, new ComplaintIntake.Submission(kind, text, unit.code(), null,
                "0912345678", null, "WEB")).trackingCode();
    }

    @Test
    void a_manager_reads_the_overdue_list_on_a_phone_and_a_desktop() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute());
        Unit commune = fixtures.commune(Fixtures.unique("Xã Phú Vang"));
        Unit desk = fixtures.unitUnder(commune, "Bộ phận Một cửa xã Phú Vang", UnitType.SERVICE_CENTRE_COMMUNE);
        Actor handler = fixtures.staff(Role.HANDLER, desk, "Trần Thị Thu Hằng");
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, commune, "Nguyễn Văn Trưởng");
        file(desk, "PHAN_ANH", "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng, người dân phải chờ lâu.");
        String accepted = file(desk, "KIEN_NGHI", "Đề nghị bố trí thêm ghế chờ và nước uống ở khu một cửa.");
        workflow.act(handler, accepted, CaseCommand.accept(null, null));
        file(commune, "TO_CAO", "Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục cấp giấy chứng nhận.");
        clock.set("2026-05-21T10:30");

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=vi");
        System.setProperty("SE_OFFLINE", "true");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
        String base = "http://localhost:" + server.getPort();
        driver.get(base + "/dang-nhap");
        driver.findElement(By.id("username")).sendKeys(manager.name());
        driver.findElement(By.id("password")).sendKeys(Fixtures.STAFF_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
        assertThat(driver.findElement(By.cssSelector("[data-testid=nav-xu-ly-qua-han-badge]")).getText()).startsWith("3");

        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (int width : new int[]{390, 1366}) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
            driver.get(base + "/xu-ly/qua-han");
            assertThat(driver.findElements(By.cssSelector("#overdue tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
            Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).isEqualTo(false);
            Files.write(shots.resolve("overdue-list-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
    }
}
