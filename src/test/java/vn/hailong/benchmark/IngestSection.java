package vn.hailong.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rating ingest (issue 12 §1): {@code POST /api/v1/ratings} on loopback from closed-loop clients at each concurrency,
 * for a kiosk's {@code {"score":4}} and an integration's counter rating with officer and comment, each beside the
 * database's own rate for the same rows in the same database at the same concurrency ({@link RawInserts}); then an
 * open-loop run at a share of the highest concurrency's rate, for the p99 a busy hour sees; finally the check that
 * every acknowledged rating is stored, once.
 */
final class IngestSection implements ServiceSection {

    private static final int OPEN_SENDERS = 64;
    private static final double P99_TARGET_MS = 50;
    private static final double RATIO_TARGET = 0.5;

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public void run(BenchService service, LoadSettings load, Report report) throws Exception {
        RawInserts raw = RawInserts.prepare(service.database, BenchService.KIOSK);
        Set<String> acknowledged = RatingCalls.acknowledgedIds();
        Map<Integer, LongAdder> refused = RatingCalls.refusals();
        List<Path> paths = List.of(
                new Path("`POST /api/v1/ratings`, kiosk token, `{\"score\":4}`", "kiosk", service.kioskToken,
                        RatingCalls.kioskBody(),
                        new RatingCalls(service, service.kioskToken, RatingCalls.kioskBody(), acknowledged, refused)),
                new Path("`POST /api/v1/ratings`, integration token, COUNTER rating with officer and comment",
                        "integration", service.integrationToken, RatingCalls.counterBody(),
                        new RatingCalls(service, service.integrationToken, RatingCalls.counterBody(), acknowledged,
                                refused)));
        int peak = load.peakConcurrency();
        WrkLoop wrk = WrkLoop.findOrNull();
        String client = wrk == null ? "a Java client in the benchmark's JVM (java.net.http, HTTP/1.1 keep-alive)"
                : wrk.version() + " in its own process (2 threads, 1 for an odd c; c keep-alive connections; its p50, p99 and max)";
        Benchmark.log("ingest: closed loops driven by " + client);
        for (Path p : paths) {
            Benchmark.log("ingest: warming up " + p.name + " at concurrency " + peak);
            closed(wrk, service, p, peak, load.warmupSeconds() / 2.0, true);
        }
        Map<Integer, Measured> single = new LinkedHashMap<>();
        Map<Integer, Measured> batched = new LinkedHashMap<>();
        Map<Integer, Measured> health = new LinkedHashMap<>();
        Map<Integer, Measured> floor = new LinkedHashMap<>();
        GetCalls healthCalls = new GetCalls(service, "/health");
        GetCalls staticCalls = new GetCalls(service, STATIC_PAGE);
        for (int c : load.concurrency()) {
            single.put(c, logged("raw single-row INSERT", c, raw.singleRows(c, load.baselineSeconds())));
            batched.put(c, logged("raw batched INSERT", c, raw.batches(c, load.batchSize(), load.baselineSeconds())));
            floor.put(c, logged("GET " + STATIC_PAGE, c, closed(wrk, staticCalls, c, load.baselineSeconds())));
            health.put(c, logged("GET /health", c, closed(wrk, healthCalls, c, load.baselineSeconds())));
            for (Path p : paths) {
                p.closed.put(c, logged(p.name, c, closed(wrk, service, p, c, load.measureSeconds(), false)));
            }
        }
        for (Path p : paths) {
            // the open loop's client is the Java one: its rate is a share of the peak that client reaches
            p.javaPeak = wrk == null ? p.closed.get(peak) : logged(p.name + " (Java client)", peak,
                    ClosedLoop.run(peak, n -> p.calls, LoadSettings.SETTLE_SECONDS, load.measureSeconds()));
            double rate = load.openShare() * p.javaPeak.rate();
            Benchmark.log("ingest: open loop at " + Measured.perSecond(rate) + " for " + p.name);
            p.open = logged(p.name + " open loop", peak, OpenLoop.run(rate, p.calls, OPEN_SENDERS,
                    LoadSettings.SETTLE_SECONDS, load.openSeconds()));
        }
        Measured openHealth = null;
        if (Boolean.getBoolean("bench.open-health")) {
            // the same open loop of the cheapest request at the highest open rate: what client, HTTP stack and
            // machine alone add to the tail
            double rate = paths.stream().mapToDouble(p -> load.openShare() * p.javaPeak.rate()).max()
                    .orElseThrow();
            openHealth = logged("GET /health open loop at " + Measured.perSecond(rate), peak, OpenLoop.run(rate,
                    healthCalls::call, OPEN_SENDERS, LoadSettings.SETTLE_SECONDS, load.openSeconds()));
        }
        if (Boolean.getBoolean("bench.open-mixed")) {
            // the integration's open loop with a GET /health every 11th call, to set their stalls side by side
            Path p = paths.get(paths.size() - 1);
            double rate = load.openShare() * p.javaPeak.rate() * 11 / 10;
            logged("integration + every 11th GET /health open loop at " + Measured.perSecond(rate), peak,
                    OpenLoop.run(rate, OpenLoop.mixed(p.calls::call, healthCalls::call, 11), OPEN_SENDERS,
                            LoadSettings.SETTLE_SECONDS, load.openSeconds()));
        }
        Stored stored = Stored.count(service.database, acknowledged);
        List<String> wrkMismatches = wrk == null ? List.of() : Stored.checkWrkRuns(service.database, wrk.runs());
        long wrkAcknowledged = wrk == null ? 0 : wrk.runs().stream().mapToLong(WrkLoop.Run::acknowledged).sum();

        report.heading("Ingest: POST /api/v1/ratings beside the database's own inserts");
        report.note("The service in its own process (" + String.join(" ", service.jvmOptions) + ") on a fresh "
                + "database, driven on loopback by " + client + ": closed loop, c connections with one request in "
                + "flight each and no rate limit; a fresh Idempotency-Key per request. Warm-up " + load.warmupSeconds() + " s, then per run "
                + LoadSettings.SETTLE_SECONDS + " s not counted and " + load.measureSeconds() + " s measured; p50 "
                + "and p99 of request latency (HdrHistogram). Baselines in the same run, same database: JDBC inserts of "
                + "the row the service stores for the kiosk's rating into `" + RawInserts.TABLE + "` (`LIKE "
                + "ratings`: same columns, keys and checks), " + load.baselineSeconds() + " s each: single rows in "
                + "autocommit, and batches of " + load.batchSize() + " rows per statement (rewriteBatchedStatements; "
                + "latency per batch). (×) = service ÷ raw single-row at the same concurrency. "
                + serverDurability(service.database) + "\n");
        List<String> columns = new ArrayList<>(List.of("path"));
        for (int c : load.concurrency()) {
            columns.addAll(List.of("c=" + c + " per second", "c=" + c + " p50", "c=" + c + " p99"));
        }
        Report.Table table = report.table(columns.toArray(String[]::new));
        table.row(cells("raw JDBC single-row autocommit INSERT", single, null));
        table.row(cells("raw JDBC batched INSERT, " + load.batchSize() + " rows per statement (rows/s; latency per batch)",
                batched, null));
        table.row(cells("`GET " + STATIC_PAGE + "`: the HTTP floor (a static file of the same server, same client)",
                floor, null));
        table.row(cells("`GET /health` (same server and client; its checks reach the database)", health, null));
        for (Path p : paths) {
            table.row(cells(p.name, p.closed, single));
        }
        Report.Table open = report.table("open loop (Java client), " + Math.round(load.openShare() * 100)
                + " % of that client's c=" + peak + " rate", "that client's c=" + peak + " rate", "offered", "answered",
                "p50", "p99", "max", "failed", "p99 < " + Math.round(P99_TARGET_MS) + " ms");
        for (Path p : paths) {
            open.row(p.name, p.javaPeak.rateText(), Measured.perSecond(load.openShare() * p.javaPeak.rate()),
                    p.open.rateText(),
                    Report.ms(p.open.p50()), Report.ms(p.open.p99()), Report.ms(p.open.max()), p.open.failuresText(),
                    p.open.p99() < P99_TARGET_MS ? "yes" : "no");
        }
        if (openHealth != null) {
            open.row("`GET /health` at the highest open rate", "", "", openHealth.rateText(),
                    Report.ms(openHealth.p50()), Report.ms(openHealth.p99()), Report.ms(openHealth.max()),
                    openHealth.failuresText(),
                    openHealth.p99() < P99_TARGET_MS ? "yes" : "no");
        }
        report.note("Open loop: requests due at a fixed rate whatever the earlier ones are doing (" + OPEN_SENDERS
                + " senders), latency counted from when each was due (coordinated omission corrected), "
                + load.openSeconds() + " s measured.\n");
        Report.Table targets = report.table("target (issue 12)", "measured", "met");
        for (Path p : paths) {
            double ratio = p.closed.get(peak).rate() / single.get(peak).rate();
            targets.row(p.name + ": c=" + peak + " ≥ " + RATIO_TARGET + "× raw single-row",
                    String.format("%.2f×", ratio), ratio >= RATIO_TARGET ? "yes" : "no");
            targets.row(p.name + ": p99 < " + Math.round(P99_TARGET_MS) + " ms at " + Math.round(load.openShare() * 100)
                    + " % of the peak", Report.ms(p.open.p99()), p.open.p99() < P99_TARGET_MS ? "yes" : "no");
        }
        if (!refused.isEmpty()) {
            report.note("Refused requests: see the service's log, " + service.log() + ".\n");
        }
        Report.Table check = report.table("client", "acknowledged (2xx)", "rows stored", "acknowledged, not stored",
                "stored, not acknowledged", "refused (status: count; 0 = no answer)", "every 2xx one stored row");
        check.row(wrk == null ? "Java (every loop: each 2xx's id)" : "Java (open loops and its c=" + peak
                        + " peak: each 2xx's id)", acknowledged.size(), stored.rows, stored.missing,
                stored.unacknowledged,
                refused.isEmpty() ? "none" : refused.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", ")),
                stored.missing == 0 && stored.rows - stored.unacknowledged == acknowledged.size() ? "yes" : "NO");
        if (wrk != null) {
            check.row("wrk (closed loops: rows per run's key prefix)", wrkAcknowledged, "", "", "at most c + socket "
                    + "errors per run, cut off in flight", "", wrkMismatches.isEmpty() ? "yes" : "NO: " + String.join("; ", wrkMismatches));
        }
    }

    /** The kiosk's start page: a static file, the cheapest request the same server answers. */
    private static final String STATIC_PAGE = "/kiosk/index.html";

    /** A GET answered 200. */
    private record GetCalls(BenchService service, String path) implements ClosedLoop.Worker {
        @Override
        public boolean call() throws Exception {
            return service.http.send(java.net.http.HttpRequest.newBuilder(service.uri(path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
    }

    /** One closed-loop run of a GET, by wrk when there is one, else by the Java client. */
    private static Measured closed(WrkLoop wrk, GetCalls calls, int c, double seconds) throws Exception {
        return wrk != null ? wrk.run(calls.service().uri(calls.path()), null, null, "", c, seconds)
                : ClosedLoop.run(c, n -> calls, LoadSettings.SETTLE_SECONDS, seconds);
    }

    /** One closed-loop run of a path, by wrk when there is one, else by the Java client. */
    private static Measured closed(WrkLoop wrk, BenchService service, Path p, int c, double seconds, boolean warmUp)
            throws Exception {
        if (wrk != null) {
            return wrk.run(service.uri("/api/v1/ratings"), p.token, p.body,
                    WrkLoop.keyPrefix(p.key + (warmUp ? "-warm" : ""), c), c, seconds);
        }
        return ClosedLoop.run(c, n -> p.calls, warmUp ? 0 : LoadSettings.SETTLE_SECONDS, seconds);
    }

    /** One kind of request and what it measured. */
    private static final class Path {
        final String name;
        final String key;
        final String token;
        final String body;
        final RatingCalls calls;
        final Map<Integer, Measured> closed = new LinkedHashMap<>();
        Measured javaPeak;
        Measured open;

        Path(String name, String key, String token, String body, RatingCalls calls) {
            this.name = name;
            this.key = key;
            this.token = token;
            this.body = body;
            this.calls = calls;
        }
    }

    private static Object[] cells(String name, Map<Integer, Measured> runs, Map<Integer, Measured> baseline) {
        List<Object> cells = new ArrayList<>(List.of(name));
        runs.forEach((c, m) -> {
            String rate = m.rateText();
            if (baseline != null) {
                rate += String.format(" (%.2f×)", m.rate() / baseline.get(c).rate());
            }
            if (m.failed() > 0) {
                rate += ", " + m.failed() + " failed";
            }
            cells.addAll(List.of(rate, Report.ms(m.p50()), Report.ms(m.p99())));
        });
        return cells.toArray();
    }

    private static Measured logged(String what, int c, Measured m) {
        Benchmark.log("ingest: " + what + " at c=" + c + ": " + m.rateText() + ", p50 " + Report.ms(m.p50()) + ", p99 "
                + Report.ms(m.p99()) + ", failed " + m.failuresText());
        return m;
    }

    /** What a commit costs on this server: the settings that decide whether each one waits for the disk. */
    private static String serverDurability(BenchDatabase database) throws SQLException {
        try (Connection c = database.connection(""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT @@innodb_flush_log_at_trx_commit, @@sync_binlog, @@log_bin, @@innodb_buffer_pool_size DIV 1048576")) {
            rs.next();
            return "Server: innodb_flush_log_at_trx_commit=" + rs.getString(1) + ", sync_binlog=" + rs.getString(2)
                    + ", log_bin=" + rs.getString(3) + ", buffer pool " + rs.getString(4) + " MB.";
        }
    }

    /** The service's ratings against what it acknowledged. */
    private record Stored(long rows, long missing, long unacknowledged) {

        static Stored count(BenchDatabase database, Set<String> acknowledged) throws SQLException {
            Set<String> seen = new HashSet<>();
            long rows = 0;
            long unacknowledged = 0;
            try (Connection c = database.connection(""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM ratings WHERE idempotency_key NOT LIKE 'wrk-%'")) {
                while (rs.next()) {
                    rows++;
                    String id = rs.getString(1);
                    seen.add(id);
                    if (!acknowledged.contains(id)) {
                        unacknowledged++;
                    }
                }
            }
            long missing = acknowledged.stream().filter(id -> !seen.contains(id)).count();
            return new Stored(rows, missing, unacknowledged);
        }

        /**
         * wrk knows no ids: each of its runs stored at least the 2xx it was answered and at most
         * {@link WrkLoop.Run#unanswered()} more. Returns the runs that did not.
         */
        static List<String> checkWrkRuns(BenchDatabase database, List<WrkLoop.Run> runs) throws SQLException {
            List<String> wrong = new ArrayList<>();
            try (Connection c = database.connection(""); java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM ratings WHERE idempotency_key LIKE CONCAT(?, '-%')")) {
                for (WrkLoop.Run run : runs) {
                    ps.setString(1, run.keyPrefix());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        long rows = rs.getLong(1);
                        if (rows < run.acknowledged() || rows > run.acknowledged() + run.unanswered()) {
                            wrong.add(run.keyPrefix() + ": " + run.acknowledged() + " 2xx, " + rows + " rows");
                        }
                    }
                }
            }
            return wrong;
        }
    }
}
