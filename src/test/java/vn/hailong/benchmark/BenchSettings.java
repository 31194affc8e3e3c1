package vn.hailong.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.*} on the Maven command line):
 * {@code bench.ratings} the data set sizes, in order (default 1000000,10000000); {@code bench.sections} which
 * sections run (default all); {@code bench.database} the database created on 127.0.0.1:3306 when
 * DATASOURCES_DEFAULT_URL is not set (default hailong_bench); {@code bench.rollup-reps} and {@code bench.raw-reps}
 * the timed repetitions, {@code bench.raw-seconds} the time cap of the naive query's repetitions,
 * {@code bench.raw-timeout} the seconds after which one naive run is stopped.
 */
record BenchSettings(List<Long> sizes, List<String> sections, String database, int rollupReps, int rawReps,
                     int rawSeconds, int rawTimeoutSeconds, long seed) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Arrays.stream(property("bench.ratings", "1000000,10000000").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replace("_", ""))
                        .map(Long::parseLong).toList(),
                Arrays.stream(property("bench.sections", "all").split(","))
                        .map(s -> s.strip().toLowerCase(Locale.ROOT)).toList(),
                property("bench.database", "hailong_bench"),
                Integer.parseInt(property("bench.rollup-reps", "20")),
                Integer.parseInt(property("bench.raw-reps", "5")),
                Integer.parseInt(property("bench.raw-seconds", "5")),
                Integer.parseInt(property("bench.raw-timeout", "10")),
                Long.parseLong(property("bench.seed", "20260101")));
    }

    boolean runs(String section) {
        return sections.contains("all") || sections.contains(section);
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
