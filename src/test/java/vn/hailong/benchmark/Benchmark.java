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
        Map<String, String> times = new LinkedHashMap<>();
        List<String> loadSections = new ArrayList<>();
        for (String name : List.of("ingest", "sms")) {
            if (settings.runs(name)) {
                loadSections.add(name);
            }
        }
        List<ServiceSection> serviceSections = new ArrayList<>(List.of(new IngestSection(), new SmsSection(),
                new FootprintSection(loadSections)));
        serviceSections.removeIf(s -> !settings.runs(s.name()));
        List<String> failed = new ArrayList<>();
        if (!serviceSections.isEmpty()) {
            long t = System.nanoTime();
            try (BenchService service = BenchService.start(database, load)) {
                times.put("service start and set-up", took(t));
                for (ServiceSection section : serviceSections) {
                    long s = System.nanoTime();
                    if (!completed(section.name(), () -> section.run(service, load, report), report)) {
                        failed.add(section.name());
                    }
                    times.put(section.name(), took(s));
                }
            } catch (Exception e) {
                failed.add("service");
                failure("service", e, report);
            }
        }
        if (settings.runs("dashboard")) {
            long t = System.nanoTime();
            if (!completed("dashboard", () -> dashboard(settings, database, report), report)) {
                failed.add("dashboard");
            }
            times.put("dashboard (directory, generation, rebuilds, queries)", took(t));
        }
        report.heading("Run time");
        report.note("Load average: the machine's 1-minute load when each part ended (" + LOAD_AT_START
                + " at the start), on " + Runtime.getRuntime().availableProcessors() + " cores: above that, other work"
                + " competed for the CPU.\n");
        Report.Table table = report.table("section", "time", "load average at its end");
        times.forEach((name, took) -> table.row(name, took.split("\\|")[0], took.split("\\|")[1]));
        table.row("whole run", Report.ms(millisSince(start)), loadAverage());
        if (!failed.isEmpty()) {
            report.note("FAILED: " + failed + " (see above and the log).");
        }
        System.out.println(report);
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    private interface Part {
        void run() throws Exception;
    }

    /** Runs one section; a failure goes into the report (with what it measured until then) and the rest still runs. */
    private static boolean completed(String name, Part part, Report report) {
        try {
            part.run();
            return true;
        } catch (Exception e) {
            failure(name, e, report);
            return false;
        }
    }

    private static void failure(String name, Exception e, Report report) {
        log(name + " FAILED: " + e);
        e.printStackTrace(System.out);
        report.note("\n**" + name + " failed**: " + e + (e.getCause() == null ? "" : ", caused by " + e.getCause()) + "\n");
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

    private static final String LOAD_AT_START = loadAverage();

    /** Time since then and the load average now, for the run-time table. */
    private static String took(long nanos) {
        return Report.ms(millisSince(nanos)) + "|" + loadAverage();
    }

    /** The 1-minute load average (Linux), or "?". */
    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
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
