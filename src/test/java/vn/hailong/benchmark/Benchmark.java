package vn.hailong.benchmark;

import io.micronaut.context.ApplicationContext;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The performance benchmark (issue 10 §12, issue 12 §1): {@code ./mvnw -P benchmark verify}, see README "Performance
 * and reliability". First the sections that load the service running as its own process on a fresh database
 * ({@link ServiceSection}: ingest, sms, footprint), then the dashboard's, which migrates its own database with the
 * project's Flyway migrations, loads a province shaped like the demo's and millions of ratings in an application
 * context of this JVM ({@link BenchSection}). Prints one markdown report at the end. Not a test: {@code ./mvnw
 * verify} never runs it.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        BenchSettings settings = BenchSettings.fromSystemProperties();
        LoadSettings load = LoadSettings.fromSystemProperties();
        BenchDatabase database = BenchDatabase.choose(settings);
        log("database " + database.url.replaceAll("\\?.*", "") + (database.own ? " (created afresh)" : ""));
        Report report = new Report();
        try (Connection c = database.connection("")) {
            report.note("HaiLong benchmark: " + Runtime.getRuntime().availableProcessors() + " cores, "
                    + serverVersion(c) + ", sections " + settings.sections() + ". The machine may be shared: "
                    + "figures from one run are comparable with each other, less so with another run's.");
        }
        Map<String, Long> times = new LinkedHashMap<>();
        List<String> loadSections = new ArrayList<>();
        for (String name : List.of("ingest", "sms")) {
            if (settings.runs(name)) {
                loadSections.add(name);
            }
        }
        List<ServiceSection> serviceSections = new ArrayList<>(List.of(new IngestSection(), new SmsSection(),
                new FootprintSection(loadSections)));
        serviceSections.removeIf(s -> !settings.runs(s.name()));
        if (!serviceSections.isEmpty()) {
            long t = System.nanoTime();
            try (BenchService service = BenchService.start(database, load)) {
                times.put("service start and set-up", millisSince(t));
                for (ServiceSection section : serviceSections) {
                    long s = System.nanoTime();
                    section.run(service, load, report);
                    times.put(section.name(), millisSince(s));
                }
            }
        }
        if (settings.runs("dashboard")) {
            long t = System.nanoTime();
            dashboard(settings, database, report);
            times.put("dashboard (directory, generation, rebuilds, queries)", millisSince(t));
        }
        report.heading("Run time");
        Report.Table table = report.table("section", "time");
        times.forEach((name, ms) -> table.row(name, Report.ms(ms)));
        table.row("whole run", Report.ms(millisSince(start)));
        System.out.println(report);
    }

    private static void dashboard(BenchSettings settings, BenchDatabase database, Report report) throws Exception {
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
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start();
             Connection bulk = database.bulkConnection()) {
            long t = System.nanoTime();
            int communes = BenchDirectory.load(context);
            database.requireOnlyBenchRatings(bulk);
            BenchProvince province = BenchProvince.read(bulk, settings.seed());
            log("directory: " + communes + " communes and wards, " + province.centres.size() + " service centres, "
                    + province.officers() + " officers at counters, in " + millisSince(t) + " ms");
            new DashboardSection().run(new BenchRun(settings, database, context, bulk, province), report);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
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
