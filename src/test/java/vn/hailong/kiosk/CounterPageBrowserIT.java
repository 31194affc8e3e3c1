package vn.hailong.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.hailong.access.users.TestUsers;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff pages and the kiosk side by side in headless Chromium: the admin pairs a kiosk from the kiosks page, the
 * officer presses "Mời công dân tiếp theo" on the counter page (phone-sized screen), the citizen rates on the
 * kiosk and the counter page shows the rating bound to that citizen. Screenshots go to target/screenshots/staff-*.
 */
class CounterPageBrowserIT {

    int port;
    EmbeddedServer server;
    Api api;
    RatingWorld world;
    KioskBrowser staff;
    KioskBrowser kiosk;

    @BeforeEach
    void start() {
        KioskBrowser.assumeChromium();
        port = KioskServer.freePort();
        server = KioskServer.start(port, Map.of());
        api = new Api(server);
        world = new RatingWorld(server.getApplicationContext().getBean(Fixtures.class), api);
    }

    @AfterEach
    void stop() {
        if (staff != null) {
            staff.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        KioskServer.stop(server);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(KioskBrowser b, String username) {
        b.open(url("/dang-nhap"));
        b.driver.findElement(By.id("username")).sendKeys(username);
        b.driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        b.tap("login-submit");
        b.waiting(10).until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
    }

    @Test
    void the_officer_calls_the_next_citizen_and_sees_the_kiosk_rating_bound_to_them() {
        String admin = TestUsers.unique("qt");
        server.getApplicationContext().getBean(TestUsers.class).create(admin, Role.ADMIN, world.unit.id());
        // a second kiosk that reported a while ago, so the list shows pending counts and last contact
        api.post("/api/v1/kiosk/heartbeat", world.kioskToken, "{\"pendingCount\":2}");

        staff = new KioskBrowser(1280, 900);
        signIn(staff, admin);
        staff.open(url("/quan-tri/ki-ot"));
        assertThat(staff.testid("kiosk-pending").getText()).isEqualTo("2 lượt chưa gửi được");
        staff.screenshot("staff-kiosks-list");
        staff.driver.findElement(By.cssSelector("tr[data-code='" + world.kioskCode + "'] a")).click();
        staff.testid("kiosk-repair");
        staff.screenshot("staff-kiosk-detail");
        staff.tap("kiosk-repair");
        String link = staff.testid("pairing-link").getAttribute("href");
        assertThat(staff.testid("pairing-code").getSize().getHeight()).isGreaterThanOrEqualTo(48);
        staff.screenshot("staff-kiosk-pairing");

        kiosk = new KioskBrowser(1920, 1080);
        kiosk.open(link);
        kiosk.waitForScreen("start", 20);

        staff.viewport(390, 844);
        staff.open(url("/quay"));
        staff.screenshot("staff-counters-phone");
        staff.open(url("/quay/" + world.counter));
        staff.driver.findElement(By.id("ticket")).sendKeys("B07");
        staff.tap("next-citizen");
        assertThat(staff.testid("current-ticket").getText()).isEqualTo("Số B07");
        assertThat(staff.testid("next-citizen").getSize().getHeight()).isGreaterThanOrEqualTo(64);
        staff.testid("current-waiting");
        staff.screenshot("staff-counter-waiting-phone");

        kiosk.tap("begin");
        kiosk.waitForScreen("rate");
        kiosk.tap("face-4");
        kiosk.waiting(10).until(d -> !"rate".equals(kiosk.screen()));
        if ("criteria".equals(kiosk.screen())) {
            kiosk.tap("skip");
        }
        kiosk.waiting(15).until(d -> kiosk.pending() == 0 && !"rate".equals(kiosk.screen()));

        // no reload: the page refreshes its status itself (desk.js, issue 7.6)
        assertThat(staff.testid("desk-auto-refresh").isDisplayed()).isTrue();
        staff.waiting(15).until(d -> !d.findElements(By.cssSelector("[data-testid='current-rated']")).isEmpty());
        assertThat(staff.testid("current-rated").getText()).isEqualTo("Công dân đã đánh giá.");
        staff.screenshot("staff-counter-rated-phone");
        staff.viewport(1280, 900);
        staff.open(url("/quay/" + world.counter));
        staff.screenshot("staff-counter-rated-desktop");
    }
}
