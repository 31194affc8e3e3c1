package vn.hailong.web.limits;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import vn.hailong.support.Nodes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Abuse limits are counted in the database: atomically, the same on every node, and across restarts. */
@MicronautTest(transactional = false)
class WindowCountersIT {

    @Inject
    WindowCounters counters;
    @Inject
    Clock clock;

    @Test
    void a_parallel_burst_is_counted_exactly_so_only_the_limit_passes() throws Exception {
        RateLimiter limiter = new RateLimiter(counters, clock, "test.burst", 5, Duration.ofMinutes(10));
        String key = "burst-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Optional<Duration>>> tries = IntStream.range(0, 30)
                    .<Callable<Optional<Duration>>>mapToObj(i -> () -> limiter.acquire(key)).toList();
            long passed = 0;
            for (Future<Optional<Duration>> f : pool.invokeAll(tries)) {
                if (f.get().isEmpty()) {
                    passed++;
                }
            }
            assertThat(passed).isEqualTo(5);
            assertThat(counters.current("test.burst", key, Duration.ofMinutes(10)).hits()).isEqualTo(30);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void a_second_node_and_a_restarted_node_see_the_same_count() {
        String key = "node-" + UUID.randomUUID();
        Duration window = Duration.ofMinutes(15);
        counters.add("test.nodes", key, window, 2);
        try (ApplicationContext second = Nodes.context(Map.of("micronaut.server.port", -1))) {
            WindowCounters there = second.getBean(WindowCounters.class);
            assertThat(there.add("test.nodes", key, window, 1).hits()).isEqualTo(3);
        }
        // the second node is gone (as after a restart); what it counted is not
        assertThat(counters.current("test.nodes", key, window).hits()).isEqualTo(3);
    }

    @Test
    void long_keys_are_hashed_and_expired_windows_purged() {
        String key = "x".repeat(500) + UUID.randomUUID();
        assertThat(counters.add("test.long", key, Duration.ofMillis(1), 1).hits()).isEqualTo(1);
        counters.purgeExpired();
        assertThat(counters.current("test.long", key, Duration.ofDays(1)).hits()).isZero();
    }
}
