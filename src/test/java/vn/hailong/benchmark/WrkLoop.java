package vn.hailong.benchmark;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed loop driven by wrk in its own process (the load generator the issue measured with): {@code c}
 * connections with one request in flight each, two threads (one for an odd c), no rate limit. Its script
 * ({@code bench/ratings.lua}) sends a fresh {@code Idempotency-Key} per POST and counts the answers by class. wrk
 * keeps no latency of its own per request, so {@link Measured#latencies()} holds the p50, p99 and max it reports.
 * A settling run of {@link LoadSettings#SETTLE_SECONDS} goes before the measured one.
 */
final class WrkLoop {

    private static final Pattern RESULT = Pattern.compile("HAILONG-WRK ok=(\\d+) refused=(\\d+) errors=(\\d+) "
            + "duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+) max_us=(\\d+)");

    private final Path script;
    private final String executable;
    private final List<Run> runs = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * One wrk run's key prefix, the 2xx it was answered, and how many requests may have stored a row unanswered: one
     * per connection cut off in flight at its end, and one per socket error.
     */
    record Run(String keyPrefix, long acknowledged, long unanswered) {
    }

    private WrkLoop(String executable, Path script) {
        this.executable = executable;
        this.script = script;
    }

    /** wrk when it is on the PATH (Debian's {@code wrk}) and not turned off with {@code -Dbench.client=java}. */
    static WrkLoop findOrNull() throws IOException {
        if ("java".equals(BenchSettings.property("bench.client", "wrk"))) {
            return null;
        }
        String found = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "wrk");
            if (Files.isExecutable(candidate)) {
                found = candidate.toString();
                break;
            }
        }
        if (found == null) {
            Benchmark.log("ingest: wrk is not on the PATH (apt-get install wrk); the Java client drives the closed loops");
            return null;
        }
        Path script = Files.createTempFile("hailong-bench-", ".lua");
        script.toFile().deleteOnExit();
        try (InputStream in = WrkLoop.class.getResourceAsStream("/bench/ratings.lua")) {
            Files.write(script, in.readAllBytes());
        }
        return new WrkLoop(found, script);
    }

    String version() {
        try {
            Process p = new ProcessBuilder(executable, "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            return out.lines().findFirst().orElse("wrk").replaceAll("\\s*\\[.*", "").strip();
        } catch (IOException e) {
            return "wrk";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "wrk";
        }
    }

    /**
     * Runs {@code c} connections against {@code uri} with the token and body given (null: a GET without a token);
     * {@code keyPrefix} makes the Idempotency-Keys of this run its own.
     */
    Measured run(URI uri, String token, String body, String keyPrefix, int c, double measureSeconds)
            throws IOException, InterruptedException {
        once(uri, token, body, keyPrefix + "s", c, LoadSettings.SETTLE_SECONDS);
        return once(uri, token, body, keyPrefix, c, measureSeconds);
    }

    private Measured once(URI uri, String token, String body, String keyPrefix, int c, double seconds)
            throws IOException, InterruptedException {
        // wrk gives each thread connections / threads: an odd c runs on one thread to keep all c connections
        int threads = c % 2 == 0 ? Math.min(c, 2) : 1;
        List<String> command = new ArrayList<>(List.of(executable, "-t", String.valueOf(threads),
                "-c", String.valueOf(c), "-d", Math.max(1, Math.round(seconds)) + "s", "--timeout", "30s",
                "-s", script.toString(), uri.toString(), "--",
                token == null ? "-" : token, body == null ? "-" : body, keyPrefix));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        // wrk stops itself after -d, and each request after --timeout: reading its output to the end waits for it
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("wrk failed: " + out);
        }
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IOException("wrk printed no result: " + out);
        }
        long ok = Long.parseLong(m.group(1));
        long failed = Long.parseLong(m.group(2)) + Long.parseLong(m.group(3));
        double duration = Long.parseLong(m.group(4)) / 1e6;
        Histogram latencies = Measured.histogram();
        // the three figures wrk reports, weighted so that the histogram's p50, p99 and max are theirs
        latencies.recordValueWithCount(Math.max(1, Long.parseLong(m.group(5))), 50);
        latencies.recordValueWithCount(Math.max(1, Long.parseLong(m.group(6))), 49);
        latencies.recordValue(Math.max(1, Long.parseLong(m.group(7))));
        if (body != null) {
            runs.add(new Run(keyPrefix, ok, c + Long.parseLong(m.group(3))));
        }
        String firstError = failed == 0 ? null : m.group(2) + " non-2xx answers, " + m.group(3) + " socket errors";
        return new Measured(ok, failed, duration, latencies, firstError);
    }

    /** Every POST run so far (settling runs too): the rows they stored are checked against their 2xx. */
    List<Run> runs() {
        return List.copyOf(runs);
    }

    /** Keys a run's requests carry: the rows they stored are counted by this prefix. */
    static String keyPrefix(String path, int c) {
        return "wrk-" + path + "-c" + c + "-" + Long.toString(System.nanoTime(), 36);
    }
}
