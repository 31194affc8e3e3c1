package vn.hailong.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * A citizen walks away mid-flow: after the (here 3-second) idle timeout from the kiosk config the kiosk is back at
 * the start screen with nothing the citizen typed left in the page, and the rating they had already given by
 * tapping a face is still sent, exactly once.
 */
class KioskIdleResetBrowserIT {

    static final int IDLE_SECONDS = 3;
    static final String COMMENT = "Cán bộ hướng dẫn chưa rõ ràng xyzzy";
    static final String PHONE = "0912345678";

    EmbeddedServer server;
    Api api;
    RatingWorld world;
    Sql sql;
    KioskBrowser browser;

    @BeforeEach
    void start() {
        KioskBrowser.assumeChromium();
        server = KioskServer.start(KioskServer.freePort(), Map.of("hailong.kiosk.idle-seconds", String.valueOf(IDLE_SECONDS)));
        api = new Api(server);
        world = new RatingWorld(server.getApplicationContext().getBean(Fixtures.class), api);
        sql = server.getApplicationContext().getBean(Sql.class);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        KioskServer.stop(server);
    }

    /** Everything the page holds as text: the serialised DOM plus the live values of form fields. */
    String everythingOnThePage() {
        Object values = browser.driver.executeScript(
                "return Array.from(document.querySelectorAll('input, textarea, output')).map(e => e.value ?? e.textContent).join('|');");
        return browser.html() + "\n" + values;
    }

    List<String> storedRatings() {
        return sql.column("SELECT CONCAT(score, '|', COALESCE(comment, '')) FROM ratings WHERE unit_id = ?", world.unit.id());
    }

    @Test
    void an_abandoned_rating_is_sent_once_and_nothing_the_citizen_typed_stays_on_screen() {
        browser = new KioskBrowser(1080, 1920);
        Api.Response code = api.post("/api/v1/kiosks/" + world.kioskCode + "/pairing-codes", world.admin, "");
        browser.open(field(code.body(), "link"));
        browser.waitForScreen("start", 20);

        browser.tap("begin");
        browser.waitForScreen("rate");
        browser.tap("face-2");
        browser.waitForScreen("reasons");
        browser.tap("reason-WAITING");
        browser.testid("comment").sendKeys(COMMENT);
        browser.tap("phone-open");
        for (char c : PHONE.toCharArray()) {
            browser.tap("key-" + c);
        }
        browser.tap("phone-ok");
        assertThat(everythingOnThePage()).as("the test would see the text if it stayed").contains("xyzzy");
        assertThat(browser.testid("phone-open").getText()).isEqualTo("0912 345 678");

        long walkedAway = System.nanoTime();
        browser.waitForScreen("start", IDLE_SECONDS + 15);
        assertThat(System.nanoTime() - walkedAway).as("not before the idle timeout")
                .isGreaterThanOrEqualTo((IDLE_SECONDS - 1) * 1_000_000_000L);
        String page = everythingOnThePage();
        assertThat(page).doesNotContain("xyzzy").doesNotContain("hướng dẫn chưa rõ ràng")
                .doesNotContain(PHONE).doesNotContain("0912 345").doesNotContain("345 678").doesNotContain("5678");

        // the outbox sends the finalised rating in the background
        browser.waiting(30).until(d -> !storedRatings().isEmpty() && browser.pending() == 0);
        sleep(2000);
        assertThat(storedRatings()).as("sent exactly once, with what the citizen had typed").containsExactly("2|" + COMMENT);
        assertThat(sql.column("SELECT COUNT(*) FROM complaints WHERE unit_id = ?", world.unit.id()))
                .as("walking away files no complaint").containsExactly("0");

        // a citizen who opens the faces and walks away without tapping one sends nothing
        browser.tap("begin");
        browser.waitForScreen("rate");
        browser.waitForScreen("start", IDLE_SECONDS + 15);
        browser.waiting(30).until(d -> browser.pending() == 0);
        sleep(2000);
        assertThat(storedRatings()).as("still exactly one rating").containsExactly("2|" + COMMENT);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
