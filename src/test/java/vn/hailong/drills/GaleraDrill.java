package vn.hailong.drills;

import vn.hailong.support.ServiceProcess;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 12 §6: HaiLong on a 3-node MariaDB Galera cluster of its own, through Connector/J's failover URL, under kiosk
 * load; the node in use is killed with SIGKILL and later rejoins ({@code -Ddrill.url=loadbalance}: every node takes
 * writes, so that Galera's certification conflicts happen and are retried). Checks that every acknowledged rating is stored
 * exactly once, that retries stored nothing twice and that the service stayed healthy; prints the figures. Run by
 * {@code ./mvnw -P galera-drill verify} (README "Performance and reliability"); never by {@code ./mvnw verify}.
 * Exits 1 when a check fails.
 */
public final class GaleraDrill {

    private static final String DATABASE = "hailong";
    private static final String TOKEN = "hl_galera-drill-admin-token-at-least-32-characters";
    /**
     * Failover, not load balancing: Galera certifies write sets optimistically, so writes to one node at a time
     * avoid most conflicts. failOverReadOnly=false: a connection that failed over must still write; no fall-back to
     * the first host while a connection lives (the pool renews connections), so that a rejoined node does not take
     * the writes of half the pool.
     */
    static final String OPTIONS = "failOverReadOnly=false&secondsBeforeRetrySource=0&queriesBeforeRetrySource=0"
            + "&retriesAllDown=2&connectTimeout=2000&socketTimeout=15000&sslMode=DISABLED"
            + "&allowPublicKeyRetrieval=true&connectionCollation=utf8mb4_unicode_ci";

    private GaleraDrill() {
    }

    public static void main(String[] args) throws Exception {
        int kiosks = Integer.getInteger("drill.kiosks", 8);
        int warmup = Integer.getInteger("drill.warmup-seconds", 20);
        int before = Integer.getInteger("drill.before-seconds", 20);
        int after = Integer.getInteger("drill.after-seconds", 30);
        int rejoined = Integer.getInteger("drill.rejoined-seconds", 20);
        // failover (the advice) or loadbalance (writes on every node: certification conflicts, to see them retried)
        String mode = System.getProperty("drill.url", "failover");
        Path dir = Path.of(System.getProperty("drill.dir", "target/galera-drill")).toAbsolutePath();
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long runStart = System.nanoTime();
        try (GaleraCluster cluster = new GaleraCluster(dir, 3)) {
            cluster.start();
            try (Connection c = cluster.nodes.get(0).connect(); var s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            // with writes on every node, a statement must see what the previous one committed on another node
            // (Flyway's next migration, a replay after a retry): causal reads and writes, wsrep_sync_wait
            String url = cluster.url(mode, DATABASE, "loadbalance".equals(mode)
                    ? OPTIONS + "&sessionVariables=wsrep_sync_wait=15" : OPTIONS);
            log("service on " + url);
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("datasources.default.url", url);
            properties.put("datasources.default.username", "root");
            properties.put("datasources.default.password", "");
            properties.put("hailong.bootstrap.api-token", TOKEN);
            properties.put("hailong.crypto.key", java.util.Base64.getEncoder().encodeToString(key));
            properties.put("hailong.demo-ratings.scale", 0);
            properties.put("hailong.demo-complaints.scale", 0);
            properties.put("hailong.demo-dossiers.scale", 0);
            try (ServiceProcess service = ServiceProcess.start(properties, List.of("-Xmx512m"), dir.resolve("service.log"))) {
                Duration healthy = service.awaitHealthy(Duration.ofMinutes(4));
                report.add("service healthy " + healthy.toMillis() + " ms after start (Flyway migrated the schema on Galera)");
                List<String> tokens = kiosks(service.baseUrl(), kiosks);
                try (HealthWatch health = new HealthWatch(service.baseUrl())) {
                    KioskFleet fleet = new KioskFleet(service.baseUrl(), tokens);
                    fleet.start();
                    Thread.sleep((warmup + before) * 1000L);
                    GaleraCluster.Node victim = nodeInUse(cluster);
                    double killedAt = fleet.seconds();
                    victim.kill();
                    log("SIGKILL node " + victim.number + " (port " + victim.port + ", the one the pool used) at "
                            + String.format("%.1f", killedAt) + " s");
                    Thread.sleep(after * 1000L);
                    double restartAt = fleet.seconds();
                    long t = System.nanoTime();
                    String recovered = victim.restartAfterCrash();
                    victim.awaitSynced(Duration.ofMinutes(3));
                    double syncedAt = fleet.seconds();
                    String transfer = cluster.stateTransferOf(victim);
                    log("node " + victim.number + " restarted (" + recovered + "), rejoined by " + transfer
                            + " and synced in " + (System.nanoTime() - t) / 1_000_000 + " ms");
                    Thread.sleep(rejoined * 1000L);
                    double stopAt = fleet.seconds();
                    fleet.stopRating();
                    long drainDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    while (fleet.queued() > 0 && System.nanoTime() < drainDeadline) {
                        Thread.sleep(200);
                    }
                    fleet.stop();
                    double end = fleet.seconds();

                    report.add("Connector/J " + mode + " URL; kiosks: " + kiosks + " threads, one request at a time each, retrying unacknowledged ratings with the same key and body");
                    report.add("rejoin of node " + victim.number + ": " + recovered + ", " + transfer + ", synced "
                            + String.format("%.1f", syncedAt - restartAt) + " s after its restart");
                    report.add(String.format("phases: warm-up 0–%d s, before kill %d–%.0f s, after kill %.0f–%.0f s, node restarted at %.0f s and synced at %.0f s, load until %.0f s, queues drained at %.0f s",
                            warmup, warmup, killedAt, killedAt, restartAt, restartAt, syncedAt, stopAt, end));
                    report.add(String.format("throughput (acknowledged/s): before kill %.0f, first 10 s after kill %.0f, rest of the outage %.0f, after rejoin %.0f",
                            fleet.okRate(warmup, killedAt), fleet.okRate(killedAt, killedAt + 10),
                            fleet.okRate(killedAt + 10, restartAt), fleet.okRate(syncedAt, stopAt)));
                    report.add(String.format("longest time without any acknowledged rating: after the kill %.2f s, around the rejoin %.2f s",
                            fleet.longestStall(killedAt, restartAt), fleet.longestStall(restartAt, stopAt)));
                    report.add("answers: " + fleet.count(s -> s >= 200 && s < 300) + " 2xx (" + fleet.replays.get()
                            + " of them 200 replays of a key stored before), " + fleet.count(s -> s >= 500) + " 5xx, "
                            + fleet.count(s -> s == 0) + " no answer, " + fleet.count(s -> s >= 400 && s < 500) + " 4xx; "
                            + fleet.retries.get() + " retries");
                    fleet.errorBodies.forEach((body, n) -> report.add("  " + n + " × " + body));
                    report.add("/health: " + health.summary());
                    GaleraCluster.Node survivor = cluster.nodes.stream().filter(n -> n != victim && n.alive()).findFirst().orElseThrow();
                    verify(fleet, cluster, survivor, report, failures);
                    report.add("service log: " + grepCount(dir.resolve("service.log"),
                            "Deadlock|deadlock|WSREP|1213|Communications link failure|retrying a conflicting"));
                }
            }
        }
        report.add(String.format("whole drill %.0f s; node logs, service log: %s", (System.nanoTime() - runStart) / 1e9, dir));
        System.out.println();
        System.out.println("## Galera drill");
        report.forEach(line -> System.out.println("- " + line));
        if (failures.isEmpty()) {
            System.out.println("\nPASSED");
        } else {
            System.out.println("\nFAILED:");
            failures.forEach(f -> System.out.println("  " + f));
            System.exit(1);
        }
    }

    /** Every acknowledged rating stored once with the id the client was told; nothing stored twice; nodes agree. */
    private static void verify(KioskFleet fleet, GaleraCluster cluster, GaleraCluster.Node survivor,
                               List<String> report, List<String> failures) throws Exception {
        Map<String, Long> stored = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        try (Connection c = DriverManager.getConnection(survivor.jdbc(DATABASE), "root", "");
             var s = c.createStatement();
             var rs = s.executeQuery("SELECT idempotency_key, MIN(id), COUNT(*) FROM ratings GROUP BY idempotency_key")) {
            while (rs.next()) {
                stored.put(rs.getString(1), rs.getLong(2));
                copies.put(rs.getString(1), rs.getInt(3));
            }
        }
        long lost = fleet.acknowledged.keySet().stream().filter(k -> !stored.containsKey(k)).count();
        long wrongId = fleet.acknowledged.entrySet().stream()
                .filter(e -> stored.containsKey(e.getKey()) && !String.valueOf(stored.get(e.getKey())).equals(e.getValue())).count();
        long twice = copies.values().stream().filter(n -> n > 1).count();
        long unacknowledged = stored.keySet().stream().filter(k -> !fleet.acknowledged.containsKey(k)).count();
        long unknown = stored.keySet().stream().filter(k -> !fleet.sent.containsKey(k)).count();
        report.add("ratings: " + fleet.sent.size() + " made, " + fleet.acknowledged.size() + " acknowledged, "
                + stored.size() + " stored (node " + survivor.number + "); lost " + lost + ", stored twice " + twice
                + ", acknowledged with another id " + wrongId + ", stored but never acknowledged " + unacknowledged
                + ", stored but never sent " + unknown);
        if (lost > 0) {
            failures.add(lost + " acknowledged ratings are not stored");
        }
        if (twice > 0 || wrongId > 0 || unknown > 0) {
            failures.add("stored twice " + twice + ", another id " + wrongId + ", never sent " + unknown);
        }
        if (fleet.acknowledged.size() != fleet.sent.size()) {
            failures.add((fleet.sent.size() - fleet.acknowledged.size()) + " ratings never acknowledged (queues not drained)");
        }
        List<String> perNode = new ArrayList<>();
        for (GaleraCluster.Node n : cluster.nodes) {
            try (Connection c = DriverManager.getConnection(n.jdbc(DATABASE), "root", ""); var s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM ratings")) {
                rs.next();
                long count = rs.getLong(1);
                perNode.add("node " + n.number + ": " + count + " ratings, cert failures " + n.status("wsrep_local_cert_failures")
                        + ", brute-force aborts " + n.status("wsrep_local_bf_aborts") + ", cluster size " + n.status("wsrep_cluster_size"));
                if (count != stored.size()) {
                    failures.add("node " + n.number + " has " + count + " ratings, node " + survivor.number + " " + stored.size());
                }
            }
        }
        report.add("nodes: " + String.join("; ", perNode));
    }

    private static GaleraCluster.Node nodeInUse(GaleraCluster cluster) throws Exception {
        GaleraCluster.Node busiest = null;
        int most = -1;
        StringBuilder seen = new StringBuilder();
        for (GaleraCluster.Node n : cluster.nodes) {
            int connections = n.connectionsTo(DATABASE);
            seen.append(" node ").append(n.number).append(": ").append(connections);
            if (connections > most) {
                most = connections;
                busiest = n;
            }
        }
        log("service connections per node:" + seen);
        return busiest;
    }

    /** A service centre with one counter and one kiosk per client thread, through the API; the kiosks' tokens. */
    private static List<String> kiosks(String baseUrl, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        post(http, baseUrl, "/api/v1/units", """
                {"code":"DRILL.TTPVHCC","name":"Trung tâm PVHCC diễn tập","type":"SERVICE_CENTRE_COMMUNE","parentCode":"46"}""");
        List<String> tokens = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            post(http, baseUrl, "/api/v1/counters", """
                    {"code":"DRILL.Q%02d","name":"Quầy %d","unitCode":"DRILL.TTPVHCC"}""".formatted(i, i));
            String body = post(http, baseUrl, "/api/v1/kiosks", """
                    {"code":"DRILL.K%02d","name":"Ki-ốt %d","unitCode":"DRILL.TTPVHCC","counterCode":"DRILL.Q%02d"}""".formatted(i, i, i));
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            if (!m.find()) {
                throw new IllegalStateException("no kiosk token in " + body);
            }
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static String post(HttpClient http, String baseUrl, String path, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static String grepCount(Path log, String regex) throws Exception {
        Pattern p = Pattern.compile(regex);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts.isEmpty() ? "no lines matching " + regex : "lines matching " + counts;
    }

    static void log(String line) {
        System.out.printf("%tT galera-drill: %s%n", System.currentTimeMillis(), line);
    }
}
