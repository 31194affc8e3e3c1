package vn.hailong.kiosk;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing pairing codes: from one address at most its allowance of failures even when the guesses arrive together,
 * and from many addresses (X-Forwarded-For behind our proxy) at most the cap for all addresses in a window.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.abuse.behind-proxy", value = "true")
@Property(name = "hailong.abuse.pairing-failures-per-period", value = "10")
@Property(name = "hailong.abuse.pairing-failures-all-addresses", value = "50")
@Property(name = "hailong.abuse.pairing-period", value = "15m")
class PairingGuessLimitsIT {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PairingGuessLimitsIT.class);

    /** The service's clock, moved by the test from one 15-minute window into the next. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ClockFactory.VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Ten minutes into the current 15-minute window (windows are counted from the epoch). */
    final MovableClock clock = new MovableClock(Instant.ofEpochMilli(
            Math.floorDiv(System.currentTimeMillis(), WINDOW.toMillis()) * WINDOW.toMillis()).plus(Duration.ofMinutes(10)));

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    Fixtures fixtures;

    Api api;

    @BeforeEach
    void setUp() {
        sql.update("DELETE FROM abuse_counters");
        api = new Api(server);
    }

    /** The counts are in the database: left there, they would stop every later test class's pairing. */
    @AfterEach
    void forgetTheCounts() {
        sql.update("DELETE FROM abuse_counters");
    }

    int pair(String code, String address) {
        return api.send("POST", "/api/v1/kiosk/pair", null, "{\"code\":\"" + code + "\"}",
                Map.of("X-Forwarded-For", address)).status();
    }

    static String wrong(int i) {
        return "%08d".formatted(90_000_000 + i);
    }

    long recorded(String limit) {
        return sql.column("SELECT COALESCE(SUM(hits), 0) FROM abuse_counters WHERE limit_name = ?", limit).stream()
                .mapToLong(Long::parseLong).sum();
    }

    @Test
    void thirty_parallel_wrong_guesses_from_one_address_fail_at_most_ten_times() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Integer>> guesses = IntStream.range(0, 30)
                    .<Callable<Integer>>mapToObj(i -> () -> pair(wrong(i), "203.0.113.30")).toList();
            List<Integer> statuses = pool.invokeAll(guesses).stream().map(PairingGuessLimitsIT::get).toList();
            long tried = statuses.stream().filter(s -> s == 404).count();
            long refused = statuses.stream().filter(s -> s == 429).count();
            LOG.info("30 parallel guesses from one address: {} tried (404), {} refused (429), {} failures recorded",
                    tried, refused, recorded("pairing.address"));
            assertThat(tried + refused).isEqualTo(30);
            assertThat(tried).isLessThanOrEqualTo(10);
            assertThat(recorded("pairing.address")).isLessThanOrEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void guesses_from_sixty_rotating_addresses_stop_at_the_cap_and_the_right_code_pairs_in_the_next_window() {
        RatingWorld w = new RatingWorld(fixtures, api);
        String good = RatingWorld.field(api.post("/api/v1/kiosks/" + w.kioskCode + "/pairing-codes", w.admin, "").body(),
                "code");
        int tried = 0;
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            int status = pair(wrong(i), "198.51.100." + i);
            tried += status == 404 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        LOG.info("60 guesses from 60 addresses: {} tried (404), {} refused (429)", tried, refused);
        assertThat(tried).as("failed guesses while the code is live").isEqualTo(50);
        assertThat(refused).isEqualTo(10);
        assertThat(pair(good, "192.0.2.1")).as("the cap holds for every address, the right code too").isEqualTo(429);

        clock.now = clock.now.plus(Duration.ofMinutes(6)); // the next window, within the code's 15 minutes
        assertThat(pair(good, "192.0.2.1")).isEqualTo(200);
    }

    static Integer get(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
