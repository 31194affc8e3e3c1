package vn.hailong.drills;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.hailong.web.WebSession;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.drills.DrillService.OUTAGE;

/**
 * Issue 12 §3(a): the database stops for 30 s while kiosks keep rating. While it is down the API answers 503 with
 * Retry-After in problem+json, /health answers 503 and a page answers a readable 503 page; when it is back the service
 * serves again without a restart, and every rating a kiosk was told was stored is stored exactly once.
 */
class DatabaseStoppedUnderKioskLoadIT {

    static final int KIOSKS = 4;
    static final Duration RATING_EVERY = Duration.ofMillis(250);

    @Test
    void kiosk_ratings_survive_a_30_second_database_outage_exactly_once_and_the_service_recovers_by_itself()
            throws Exception {
        try (DrillDatabase database = DrillDatabase.start("database-stopped");
             ApplicationContext context = ApplicationContext.builder()
                     // CI's DATASOURCES_DEFAULT_URL must not replace the drill's own database
                     .environmentPropertySource(false)
                     .properties(Map.of(
                             "datasources.default.url", database.jdbcUrl(),
                             "datasources.default.username", "root",
                             "datasources.default.password", "",
                             "hailong.bootstrap.api-token", DrillService.ADMIN_TOKEN,
                             "micronaut.server.port", -1)).start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            String base = server.getURI().toString();
            List<KioskClient> kiosks = new ArrayList<>();
            for (String token : DrillService.kioskTokens(base, KIOSKS)) {
                kiosks.add(new KioskClient("k" + kiosks.size(), token, () -> base));
            }
            KioskLoad load = new KioskLoad(kiosks, RATING_EVERY).start();
            assertThat(load.awaitAcknowledged(20, Duration.ofSeconds(30))).as("ratings before the outage").isTrue();

            WebSession staff = new WebSession(server);
            assertThat(staff.signInAsAdmin().status()).isBetween(200, 303);
            assertThat(staff.get("/quan-tri").status()).isEqualTo(200);
            long deadlocksBefore = database.deadlocks();

            long stoppedAt = System.currentTimeMillis();
            database.stopServer();
            String outage = DrillService.probeWhileDown(base, () -> {
                WebSession.Page page = staff.get("/quan-tri");
                return new DrillService.Answer(page.status(), page.contentType(),
                        page.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("Retry-After"))
                                .map(h -> h.getValue().get(0)).findFirst().orElse(null), page.body());
            }, stoppedAt + OUTAGE.toMillis());
            long startedAt = System.currentTimeMillis();
            database.startServer();

            long recoveredAt = DrillService.awaitServing(() -> base, Duration.ofSeconds(30));
            assertThat(recoveredAt).as("the API serves again without a restart").isPositive();
            assertThat(load.awaitAcknowledged(KIOSKS * 5, Duration.ofSeconds(30))).as("kiosks flush after the outage")
                    .isTrue();
            assertThat(load.stopRatingAndDrain(Duration.ofSeconds(60))).as("every kiosk outbox drained").isTrue();

            List<KioskClient.Exchange> downAnswers = load.exchanges().stream()
                    .filter(e -> e.atMillis() > stoppedAt + 1000 && e.atMillis() < startedAt).toList();
            assertThat(downAnswers).as("kiosk requests while the database was down").isNotEmpty();
            assertThat(downAnswers).allSatisfy(e -> {
                assertThat(e.status()).as(e.body()).isEqualTo(503);
                assertThat(e.retryAfter()).as("Retry-After").isNotBlank();
                assertThat(e.contentType()).startsWith("application/problem+json");
            });
            assertThat(load.exchanges()).as("no 500 at any time").noneMatch(e -> e.status() >= 500 && e.status() != 503);
            String report = load.verify(database) + ", deadlocks retried " + (deadlocksBefore + database.deadlocks());
            System.out.printf("DRILL database stopped %d s under %d kiosks: %s; while down: %d kiosk requests all 503"
                            + " with Retry-After; %s; API serving %d ms after the database started%n",
                    (startedAt - stoppedAt) / 1000, KIOSKS, report, downAnswers.size(), outage,
                    recoveredAt - startedAt);
            staff.close();
        }
    }
}
