package vn.hailong.complaints.reception;

import io.micronaut.runtime.server.EmbeddedServer;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Fixtures;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reception pages in headless Chromium at phone (390 px) and desktop (1366 px) width: a manager plans a
 * dialogue through the form, records a petition on today's reception day, and the public schedule shows the
 * announced sessions without login. Fails on horizontal overflow. Screenshots go to target/screenshots/reception/.
 */
@MicronautTest(transactional = false)
class ReceptionPagesBrowserIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "screenshots", "reception");
    static final String OVERFLOW = "return document.documentElement.scrollWidth > window.innerWidth"
            + " ? 'scrollWidth ' + document.documentElement.scrollWidth : null;";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    CitizenReception reception;
    @Inject
    Clock clock;

    ChromeDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    private void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Both widths: no horizontal overflow, a full-page screenshot each. */
    private void shoot(String name) throws IOException {
        for (int width : new int[]{390, 1366}) {
            viewport(width, width == 390 ? 844 : 768);
            assertThat(driver.executeScript(OVERFLOW)).as(name + " at " + width + " px").isNull();
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            viewport(width, (int) Math.min(4000, Math.max(height, width == 390 ? 844 : 768)));
            Files.write(SHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        viewport(1366, 768);
    }

    @Test
    void a_manager_plans_and_records_and_the_public_sees_the_schedule() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver");
        Files.createDirectories(SHOTS);
        Unit ward = fixtures.commune("Phường Thuận Hóa " + UUID.randomUUID().toString().substring(0, 4));
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, ward, "Trần Văn Lãnh Đạo");
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        // held today and still on the upcoming list whatever the hour the test runs at (the list keeps a session
        // until it ends)
        reception.plan(manager, new CitizenReception.Draft(ward.code(), "RECEPTION_DAY", today.toString(), "00:00",
                "23:59", "Phòng tiếp công dân, UBND phường, 12 Lê Lợi", "Trần Văn Lãnh Đạo",
                "Chủ tịch UBND phường", "Đất đai, xây dựng, trật tự đô thị", "HELD"));
        LocalDate thursday = today.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        reception.plan(manager, new CitizenReception.Draft(ward.code(), "RECEPTION_DAY", thursday.toString(), "08:00",
                "11:00", "Phòng tiếp công dân, UBND phường, 12 Lê Lợi", "Nguyễn Thị Phó", "Phó Chủ tịch UBND phường",
                null, "PLANNED"));

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1366,768", "--lang=vi");
        System.setProperty("SE_OFFLINE", "true");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build(), options);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        driver.get(url("/dang-nhap"));
        driver.findElement(By.id("username")).sendKeys(manager.name());
        driver.findElement(By.id("password")).sendKeys(Fixtures.STAFF_PASSWORD);
        driver.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        driver.get(url("/tiep-cong-dan"));
        driver.findElement(By.cssSelector("[data-testid=session-new]")).click();
        new Select(driver.findElement(By.id("unitCode"))).selectByValue(ward.code());
        new Select(driver.findElement(By.id("kind"))).selectByValue("DIALOGUE");
        LocalDate dialogue = thursday.plusDays(1);
        // a date input takes the digits of the browser's locale order (vi: dd/mm/yyyy)
        driver.executeScript("document.getElementById('date').value = arguments[0]", dialogue.toString());
        driver.executeScript("document.getElementById('startTime').value = '14:00'");
        driver.executeScript("document.getElementById('endTime').value = '16:30'");
        driver.findElement(By.id("place")).sendKeys("Nhà văn hóa tổ dân phố 5");
        driver.findElement(By.id("leaderName")).sendKeys("Trần Văn Lãnh Đạo");
        driver.findElement(By.id("leaderTitle")).sendKeys("Bí thư Đảng ủy, Chủ tịch UBND phường");
        driver.findElement(By.id("topic")).sendKeys("Chỉnh trang đô thị, chiếu sáng các kiệt, hẻm");
        shoot("session-form");
        driver.findElement(By.cssSelector("[data-testid=session-save]")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=flash]")).size() > 0);
        assertThat(driver.findElement(By.cssSelector("[data-testid=flash]")).getText()).startsWith("Đã lên lịch buổi ngày");

        driver.get(url("/tiep-cong-dan"));
        assertThat(driver.findElements(By.cssSelector("[data-testid=sessions] li"))).hasSizeGreaterThanOrEqualTo(3);
        shoot("list");

        // today's reception day: record a petition
        driver.findElement(By.cssSelector("[data-testid=sessions] li[data-status=HELD] [data-testid=session-link]")).click();
        driver.findElement(By.id("text")).sendKeys("Đề nghị sửa đèn chiếu sáng kiệt 12 đường Lê Lợi, hỏng từ tháng 10.");
        driver.findElement(By.id("citizenName")).sendKeys("Lê Thị Công Dân");
        driver.findElement(By.id("phone")).sendKeys("0912345678");
        driver.findElement(By.id("contactRequested")).click();
        driver.findElement(By.cssSelector("[data-testid=petition-save]")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=case-code]")).size() > 0);
        assertThat(driver.findElement(By.cssSelector("[data-testid=cases]")).getText()).doesNotContain("Lê Thị Công Dân");
        driver.executeScript("window.scrollTo(0, 0)");
        shoot("session");

        driver.manage().deleteAllCookies();
        driver.get(url("/lich-tiep-cong-dan"));
        assertThat(driver.getPageSource()).doesNotContain("Lê Thị Công Dân").doesNotContain("0912345678");
        assertThat(driver.findElement(By.cssSelector("[data-testid=schedule-unit][data-unit='" + ward.name() + "']"))
                .getText()).contains("Nguyễn Thị Phó, Phó Chủ tịch UBND phường", "Đối thoại với người dân");
        shoot("schedule");
        assertThat(LocalTime.now(clock)).isNotNull();
    }
}
