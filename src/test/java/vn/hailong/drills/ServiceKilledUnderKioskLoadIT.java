package vn.hailong.drills;

import org.junit.jupiter.api.Test;
import vn.hailong.support.ServiceProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 §3(b): the service, a process of its own, is killed with SIGKILL while kiosks keep rating, and started
 * again on the same database (on another port: the kiosks are told the new address, as a load balancer would do).
 * The kiosks keep retrying what was not acknowledged under the same keys; every rating a kiosk was told was stored
 * is stored exactly once, and nothing is stored twice.
 */
class ServiceKilledUnderKioskLoadIT {

    static final int KIOSKS = 4;
    static final Duration RATING_EVERY = Duration.ofMillis(250);
    /** Test-only key of the drill's personal data (base64 of 32 bytes); never use it anywhere else. */
    static final String CRYPTO_KEY = "ZHJpbGwta2V5LWRyaWxsLWtleS1kcmlsbC1rZXktMzI=";

    @Test
    void kiosk_ratings_survive_a_sigkill_of_the_service_exactly_once() throws Exception {
        try (DrillDatabase database = DrillDatabase.start("service-killed")) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("datasources.default.url", database.jdbcUrl());
            properties.put("datasources.default.username", "root");
            properties.put("datasources.default.password", "");
            properties.put("hailong.crypto.key", CRYPTO_KEY);
            properties.put("hailong.bootstrap.api-token", DrillService.ADMIN_TOKEN);
            properties.put("hailong.bootstrap.admin-password", "drill-admin-password-2026");
            Path log = Path.of("target", "drills", "service-killed", "service.log");
            List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

            ServiceProcess first = ServiceProcess.start(properties, jvm, log);
            ServiceProcess second = null;
            try {
                first.awaitHealthy(Duration.ofSeconds(90));
                AtomicReference<String> base = new AtomicReference<>(first.baseUrl());
                List<KioskClient> kiosks = new ArrayList<>();
                for (String token : DrillService.kioskTokens(base.get(), KIOSKS)) {
                    kiosks.add(new KioskClient("k" + kiosks.size(), token, base::get));
                }
                KioskLoad load = new KioskLoad(kiosks, RATING_EVERY).start();
                assertThat(load.awaitAcknowledged(40, Duration.ofSeconds(30))).as("ratings before the kill").isTrue();

                long killedAt = System.currentTimeMillis();
                first.kill();
                second = ServiceProcess.start(properties, jvm, log);
                Duration restart = second.awaitHealthy(Duration.ofSeconds(90));
                base.set(second.baseUrl());
                long servingAt = System.currentTimeMillis();

                assertThat(load.awaitAcknowledged(KIOSKS * 5, Duration.ofSeconds(30))).as("kiosks flush after the restart")
                        .isTrue();
                assertThat(load.stopRatingAndDrain(Duration.ofSeconds(60))).as("every kiosk outbox drained").isTrue();
                assertThat(load.exchanges()).as("no 5xx from the restarted service")
                        .noneMatch(e -> e.atMillis() > servingAt && e.status() >= 500);
                long unanswered = load.exchanges().stream().filter(e -> e.status() == 0).count();
                String report = load.verify(database) + ", deadlocks retried " + database.deadlocks();
                System.out.printf("DRILL service SIGKILLed under %d kiosks: %s; %d requests got no answer; restarted"
                                + " and healthy %d ms after the kill (start-up %d ms)%n", KIOSKS, report, unanswered,
                        servingAt - killedAt, restart.toMillis());
            } finally {
                first.close();
                if (second != null) {
                    second.close();
                }
            }
        }
    }
}
