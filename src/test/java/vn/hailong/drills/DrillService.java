package vn.hailong.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the drills ask of the service over HTTP: kiosks to rate with, and how it answers while down and after. */
final class DrillService {

    /** The ADMIN token the drill's service registers on its first start (hailong.bootstrap.api-token). */
    static final String ADMIN_TOKEN = "hl_drill-admin-token-at-least-32-characters";
    /** The province the service creates on its first start. */
    static final String PROVINCE = "46";
    static final Duration OUTAGE = Duration.ofSeconds(30);

    record Answer(int status, String contentType, String retryAfter, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private DrillService() {
    }

    static Answer get(String url, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return exchange(request.GET().build());
    }

    static Answer post(String url, String token, String json) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(null), r.body());
        } catch (IOException e) {
            return new Answer(0, "", null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", null, e.toString());
        }
    }

    /** Registers {@code count} kiosks of the province through the API; their tokens. */
    static List<String> kioskTokens(String base, int count) {
        List<String> tokens = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            Answer kiosk = post(base + "/api/v1/kiosks", ADMIN_TOKEN, """
                    {"code":"DRILL-%s-%d","name":"Ki-ốt diễn tập %d","unitCode":"%s"}""".formatted(run, i, i, PROVINCE));
            assertThat(kiosk.status()).as(kiosk.body()).isEqualTo(201);
            Matcher token = TOKEN.matcher(kiosk.body());
            assertThat(token.find()).as(kiosk.body()).isTrue();
            tokens.add(token.group(1));
        }
        return tokens;
    }

    /**
     * Until {@code until} (epoch millis), one after the other: the API, /health and a public page that reads the
     * database must answer 503, the API and the page with Retry-After, the API as problem+json and the page as a
     * readable HTML page, and so must a staff page opened in a signed-in session ({@code staffPage}). At least one of
     * each; returns what was seen, for the report.
     */
    static String probeWhileDown(String base, Supplier<Answer> staffPage, long until) throws InterruptedException {
        long[] slowest = new long[4];
        int[] probes = new int[4];
        for (int round = 0; round == 0 || System.currentTimeMillis() < until; round++) {
            for (int kind = 0; kind < 4 && (round == 0 || System.currentTimeMillis() < until); kind++) {
                long t0 = System.nanoTime();
                if (kind == 3) {
                    readableUnavailablePage(staffPage.get());
                } else {
                    probe(base, kind);
                }
                slowest[kind] = Math.max(slowest[kind], (System.nanoTime() - t0) / 1_000_000);
                probes[kind]++;
            }
            Thread.sleep(Math.max(0, Math.min(500, until - System.currentTimeMillis())));
        }
        return "probes while down (all 503): API " + probes[0] + " (slowest " + slowest[0] + " ms), /health "
                + probes[1] + " (" + slowest[1] + " ms), public page " + probes[2] + " (" + slowest[2] + " ms),"
                + " signed-in staff page " + probes[3] + " (" + slowest[3] + " ms)";
    }

    private static void readableUnavailablePage(Answer page) {
        assertThat(page.status()).as(page.body()).isEqualTo(503);
        assertThat(page.retryAfter()).as("Retry-After of a page").isNotBlank();
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Dịch vụ tạm thời gián đoạn");
    }

    private static void probe(String base, int kind) {
        switch (kind) {
            case 0 -> {
                Answer api = get(base + "/api/v1/units/" + PROVINCE, ADMIN_TOKEN, "application/json");
                assertThat(api.status()).as(api.body()).isEqualTo(503);
                assertThat(api.retryAfter()).as("Retry-After of the API").isNotBlank();
                assertThat(api.contentType()).startsWith("application/problem+json");
                assertThat(api.body()).contains("\"status\":503");
            }
            case 1 -> {
                Answer health = get(base + "/health", null, "application/json");
                assertThat(health.status()).as(health.body()).isEqualTo(503);
            }
            default -> readableUnavailablePage(get(base + "/cong-khai", null, "text/html,application/xhtml+xml,*/*;q=0.8"));
        }
    }

    /** Waits until the API serves again; the epoch millis it did, or 0 when it did not within the timeout. */
    static long awaitServing(Supplier<String> base, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (get(base.get() + "/api/v1/units/" + PROVINCE, ADMIN_TOKEN, "application/json").status() == 200
                    && get(base.get() + "/health", null, "application/json").status() == 200) {
                return System.currentTimeMillis();
            }
            Thread.sleep(100);
        }
        return 0;
    }
}
