package vn.hailong.access.login;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in under attack: a parallel burst is counted before any password is checked, a guesser's address is locked
 * without locking the real user out, and a flood of sign-ins leaves the rest of the service answering. The pool is
 * small here (5 connections) so that a sign-in holding a connection while Argon2 runs would show at once.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.maximum-pool-size", value = "5")
class SignInFloodIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    TestUsers testUsers;

    @Test
    void a_parallel_burst_of_thirty_wrong_passwords_gets_no_more_than_five_tries() throws Exception {
        String username = TestUsers.unique("canbo");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        String address = LoginIT.uniqueAddress();
        List<WebSession> browsers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            WebSession b = new WebSession(server, address);
            b.get("/dang-nhap");
            browsers.add(b);
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        for (WebSession b : browsers) {
            pool.submit(() -> {
                go.await();
                // by hand on purpose: a burst of parallel guesses, as an attacker's script sends them
                statuses.add(b.post("/dang-nhap", Map.of("username", username, "password", "sai")).status());
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        browsers.forEach(WebSession::close);

        List<String> tried = sql.column("SELECT COUNT(*) FROM login_attempts WHERE username = ?", username);
        assertThat(Integer.parseInt(tried.get(0))).as("passwords actually checked").isBetween(1, 5);
        assertThat(statuses).hasSize(30).containsOnly(200, 429);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isLessThanOrEqualTo(5);
    }

    @Test
    void admin_signs_in_from_the_office_while_an_attackers_address_is_locked() {
        String attackerAddress = LoginIT.uniqueAddress();
        try (WebSession attacker = new WebSession(server, attackerAddress)) {
            for (int i = 0; i < 6; i++) {
                attacker.signIn("admin", "doan-" + i);
            }
            assertThat(attacker.signIn("admin", WebSession.ADMIN_PASSWORD).status()).isEqualTo(429);
        }
        try (WebSession office = new WebSession(server, LoginIT.uniqueAddress())) {
            assertThat(office.signInAsAdmin().status()).isEqualTo(303);
            assertThat(office.get("/").status()).isEqualTo(200);
        }
    }

    @Test
    void while_twenty_sign_ins_run_in_parallel_health_and_the_api_still_answer() throws Exception {
        long stopAt = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(21);
        ConcurrentLinkedQueue<Integer> floodStatuses = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 20; i++) {
            String address = LoginIT.uniqueAddress();
            pool.submit(() -> {
                try (WebSession b = new WebSession(server, address)) {
                    b.get("/dang-nhap");
                    while (System.nanoTime() < stopAt) {
                        // a flood posts by hand on purpose: it attacks the controller, as a script would
                        floodStatuses.add(b.post("/dang-nhap", Map.of("username", TestUsers.unique("ai"),
                                "password", "x".repeat(20))).status());
                    }
                }
                return null;
            });
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Integer> probes = new ArrayList<>();
        while (floodStatuses.isEmpty() && System.nanoTime() < stopAt) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
        // probes a few times a second while the flood lasts: the pause paces them, nothing waits on it
        while (System.nanoTime() < stopAt) {
            for (String path : List.of("/health", "/api/v1/kiosk/messages")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                probes.add(r.statusCode());
            }
            Thread.sleep(200);
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(probes).isNotEmpty().containsOnly(200);
        // 429 only when a sign-in waited longer than check-wait for a free hashing slot, which a fast machine may never do
        assertThat(floodStatuses).isNotEmpty().allMatch(s -> s == 200 || s == 429);
    }
}
