package vn.hailong.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service as an operating-system process of its own ({@code java vn.hailong.Application} on this JVM's
 * classpath without the tests), for what needs a real process: SIGKILL drills, start-up time and resident memory. Configured only by
 * the properties given (passed as {@code -D}; the parent's {@code DATASOURCES_*} environment is not inherited),
 * its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final long startedNanos;

    private ServiceProcess(Process process, int port, Path log, long startedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the service on a free port with these system properties (e.g. {@code datasources.default.url},
     * {@code hailong.bootstrap.api-token}) and these JVM options (e.g. {@code -Xmx512m}); returns at once.
     */
    public static ServiceProcess start(Map<String, Object> properties, List<String> jvmOptions, Path log) throws IOException {
        int port = DemoBrowser.freePort();
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.put("micronaut.server.port", port);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        all.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(mainClasspath());
        command.add("vn.hailong.Application");
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("HAILONG_"));
        long started = System.nanoTime();
        return new ServiceProcess(builder.start(), port, log, started);
    }

    /**
     * This JVM's classpath without the test classes: beans and configuration of the tests must not run inside the
     * service (they would be measured with it, or change what it does).
     */
    private static String mainClasspath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    /** Waits until {@code /health} answers 200; returns the time from start to healthy. */
    public Duration awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not healthy within " + timeout + "; see " + log);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory of the process in MB, from {@code /proc} (Linux). */
    public long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IOException("no VmRSS for " + process.pid());
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM and wait (Micronaut's shutdown hook runs). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    public File log() {
        return log.toFile();
    }
}
