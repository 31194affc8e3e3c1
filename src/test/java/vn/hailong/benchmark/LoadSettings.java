package vn.hailong.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * How the sections that load the running service (ingest, sms, footprint) load it, from system properties:
 * {@code bench.concurrency} the closed-loop concurrencies (1,8); {@code bench.warmup-seconds} the service's warm-up
 * before the first measured run (40: the JIT is still speeding the rating path up after 30 s); {@code bench.measure-seconds} each closed-loop run's measured window (10,
 * after {@link #SETTLE_SECONDS} not counted); {@code bench.open-seconds} the open-loop run (10) at
 * {@code bench.open-share} of the peak (0.7); {@code bench.baseline-seconds} each raw JDBC run (5);
 * {@code bench.batch-size} rows per batched insert (500); {@code bench.sms-rate} and {@code bench.sms-seconds} the
 * webhooks' fixed rate (50/s for 10 s); {@code bench.service-jvm} the service's JVM options (-Xmx512m). The
 * defaults keep the service sections near 4 minutes, for the whole command to fit 15 minutes on 2 cores.
 */
record LoadSettings(List<Integer> concurrency, int warmupSeconds, int measureSeconds, int openSeconds,
                    double openShare, int baselineSeconds, int batchSize, int smsRate, int smsSeconds,
                    List<String> serviceJvm) {

    /** Seconds of each run, before its measured window, in which nothing is counted (a new concurrency settles). */
    static final double SETTLE_SECONDS = 2;

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                Arrays.stream(BenchSettings.property("bench.concurrency", "1,8").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList(),
                Integer.parseInt(BenchSettings.property("bench.warmup-seconds", "40")),
                Integer.parseInt(BenchSettings.property("bench.measure-seconds", "10")),
                Integer.parseInt(BenchSettings.property("bench.open-seconds", "10")),
                Double.parseDouble(BenchSettings.property("bench.open-share", "0.7")),
                Integer.parseInt(BenchSettings.property("bench.baseline-seconds", "5")),
                Integer.parseInt(BenchSettings.property("bench.batch-size", "500")),
                Integer.parseInt(BenchSettings.property("bench.sms-rate", "50")),
                Integer.parseInt(BenchSettings.property("bench.sms-seconds", "10")),
                Arrays.stream(BenchSettings.property("bench.service-jvm", "-Xmx512m").split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList());
    }

    /** The highest concurrency: the one the open-loop rate is a share of. */
    int peakConcurrency() {
        return concurrency.stream().max(Integer::compare).orElseThrow();
    }
}
