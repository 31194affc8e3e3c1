package vn.hailong.benchmark;

import io.micronaut.context.ApplicationContext;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance benchmark (issue 10 §12): {@code ./mvnw -P benchmark verify}, see README "Performance". Migrates
 * a database with the project's Flyway migrations, loads a province shaped like the demo's, then runs each
 * {@link BenchSection} and prints one markdown report. Not a test: {@code ./mvnw verify} never runs it.
 */
public final class Benchmark {

    private static final List<BenchSection> SECTIONS = List.of(new DashboardSection());

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchDatabase database = BenchDatabase.choose(settings);
        log("database " + database.url.replaceAll("\\?.*", "") + (database.own ? " (created afresh)" : ""));
        // system properties as well: EmbeddedDatabaseConfigurer looks there before the context has any
        database.contextProperties().forEach((k, v) -> System.setProperty(k, String.valueOf(v)));
        Map<String, Object> properties = new HashMap<>(database.contextProperties());
        properties.put("hailong.demo-ratings.scale", 0);
        properties.put("hailong.demo-complaints.scale", 0);
        properties.put("hailong.demo-dossiers.scale", 0);
        properties.put("hailong.complaints.escalation.enabled", false);
        properties.put("micronaut.health.monitor.enabled", false);
        if (System.getenv("HAILONG_CRYPTO_KEY") == null) {
            // the benchmark stores no phone number: a throw-away key for its own database
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            properties.put("hailong.crypto.key", java.util.Base64.getEncoder().encodeToString(key));
        }
        Report report = new Report();
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start();
             Connection bulk = database.bulkConnection()) {
            long t = System.nanoTime();
            int communes = BenchDirectory.load(context);
            database.requireOnlyBenchRatings(bulk);
            BenchProvince province = BenchProvince.read(bulk, settings.seed());
            log("directory: " + communes + " communes and wards, " + province.centres.size() + " service centres, "
                    + province.officers() + " officers at counters, in " + (System.nanoTime() - t) / 1_000_000 + " ms");
            BenchRun run = new BenchRun(settings, database, context, bulk, province);
            report.note("HaiLong benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + serverVersion(bulk) + ", ratings " + settings.sizes() + ", " + communes
                    + " communes/wards, " + province.centres.size() + " centres, " + province.officers() + " officers.");
            for (BenchSection section : SECTIONS) {
                if (settings.runs(section.name())) {
                    section.run(run, report);
                }
            }
        }
        report.note("\nWhole run: " + Report.ms((System.nanoTime() - start) / 1e6) + ".");
        System.out.println(report);
    }

    private static String serverVersion(Connection c) throws Exception {
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "SELECT VERSION(), @@innodb_buffer_pool_size DIV 1048576")) {
            rs.next();
            return "server " + rs.getString(1) + " (buffer pool " + rs.getLong(2) + " MB)";
        }
    }

    static void log(String line) {
        System.out.printf("%tT bench: %s%n", System.currentTimeMillis(), line);
    }
}
