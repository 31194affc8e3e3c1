package vn.hailong.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.hailong.sms.fake.FakeTwilio;
import vn.hailong.support.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service as a new user runs it: its own process ({@link ServiceProcess}, on this classpath) on a fresh database
 * of its own (no demo data), configured only through its settings: the bootstrap admin token, a Twilio account (a
 * {@link FakeTwilio} in this JVM answers its REST calls), a public base URL the webhooks are signed for. Through the
 * API it then gets what a centre has: a ward with its service centre, a counter with an officer, a kiosk (and its
 * token) and an integration token.
 */
final class BenchService implements AutoCloseable {

    static final String PUBLIC_BASE_URL = "https://hailong.bench.example";
    static final String WARD = "BENCH1";
    static final String CENTRE = WARD + ".TTPVHCC";
    static final String COUNTER = CENTRE + ".Q1";
    static final String OFFICER = "CB." + WARD + ".1";
    static final String KIOSK = CENTRE + ".K1";

    final BenchDatabase database;
    final List<String> jvmOptions;
    final FakeTwilio twilio;
    final Duration startup;
    final long residentAtStartMb;
    final String kioskToken;
    final String integrationToken;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> properties;
    private ServiceProcess process;
    private final ObjectMapper json = new ObjectMapper();

    private BenchService(BenchDatabase database, List<String> jvmOptions) throws Exception {
        this.database = database;
        this.jvmOptions = jvmOptions;
        SecureRandom random = new SecureRandom();
        this.twilio = new FakeTwilio(FakeTwilio.ACCOUNT_SID, hex(random, 16),
                FakeTwilio.NUMBER, Clock.systemUTC()).start(0);
        byte[] key = new byte[32];
        random.nextBytes(key);
        String adminToken = "bench-" + hex(random, 20);
        properties = new LinkedHashMap<>(database.contextProperties());
        properties.put("hailong.bootstrap.api-token", adminToken);
        properties.put("hailong.crypto.key", Base64.getEncoder().encodeToString(key));
        properties.put("hailong.public-base-url", PUBLIC_BASE_URL);
        properties.putAll(twilio.properties());
        java.nio.file.Files.deleteIfExists(LOG);
        ServiceProcess started = start();
        this.startup = started.awaitHealthy(Duration.ofMinutes(3));
        this.residentAtStartMb = started.residentMegabytes();
        Benchmark.log("service: healthy after " + startup.toMillis() + " ms at " + started.baseUrl() + ", pid "
                + started.pid() + ", " + residentAtStartMb + " MB resident, log " + started.log());
        ok(post("/api/v1/units", adminToken, """
                {"code":"%s","name":"Phường Đo Tải","type":"WARD","parentCode":"46"}""".formatted(WARD)));
        ok(post("/api/v1/units", adminToken, """
                {"code":"%s","name":"Trung tâm Phục vụ hành chính công phường Đo Tải","type":"SERVICE_CENTRE_COMMUNE",
                 "parentCode":"%s"}""".formatted(CENTRE, WARD)));
        ok(post("/api/v1/counters", adminToken, """
                {"code":"%s","name":"Quầy Tư pháp – Hộ tịch","unitCode":"%s"}""".formatted(COUNTER, CENTRE)));
        ok(post("/api/v1/officers", adminToken, """
                {"code":"%s","fullName":"Nguyễn Thị Đo","unitCode":"%s","counterCode":"%s"}"""
                .formatted(OFFICER, CENTRE, COUNTER)));
        this.kioskToken = field(ok(post("/api/v1/kiosks", adminToken, """
                {"code":"%s","name":"Ki-ốt đánh giá – đo tải","unitCode":"%s","counterCode":"%s"}"""
                .formatted(KIOSK, CENTRE, COUNTER))), "token");
        this.integrationToken = field(ok(post("/api/v1/tokens", adminToken, """
                {"name":"phần mềm một cửa (đo tải)","role":"INTEGRATION","unitCode":"%s"}""".formatted(CENTRE))), "token");
    }

    /** Starts the service on a fresh database {@code <bench.database>_service}; returns once it is set up. */
    static BenchService start(BenchDatabase parent, LoadSettings load) throws Exception {
        BenchDatabase database = parent.sibling("service");
        Benchmark.log("service: starting on " + database.url.replaceAll("\\?.*", "") + " (created afresh) with "
                + String.join(" ", load.serviceJvm()));
        return new BenchService(database, load.serviceJvm());
    }

    private static final Path LOG = Path.of("target", "bench", "service.log");

    private ServiceProcess start() throws IOException {
        process = ServiceProcess.start(properties, jvmOptions, LOG);
        return process;
    }

    /** The service's output (both starts of one run). */
    Path log() {
        return LOG.toAbsolutePath();
    }

    /** Stops the service and starts it again on its (now migrated) database: the time to healthy, and RSS then. */
    Restarted restart() throws Exception {
        process.close();
        ServiceProcess again = start();
        Duration healthy = again.awaitHealthy(Duration.ofMinutes(3));
        return new Restarted(healthy, again.residentMegabytes());
    }

    record Restarted(Duration startup, long residentMb) {
    }

    long residentMegabytes() throws IOException {
        return process.residentMegabytes();
    }

    URI uri(String path) {
        return URI.create(process.baseUrl() + path);
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String field(HttpResponse<String> response, String name) throws IOException {
        return json.readTree(response.body()).path(name).asText();
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    @Override
    public void close() throws Exception {
        try {
            if (process != null) {
                process.close();
            }
        } finally {
            twilio.close();
        }
    }
}
