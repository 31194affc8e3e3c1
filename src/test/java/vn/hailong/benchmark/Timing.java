package vn.hailong.benchmark;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Repeated timings of one query: warm-up runs, then timed runs up to a count or a time cap (at least one), with
 * p50 and p95 (nearest rank). A query slower than {@link #SLOW_MS} gets no separate warm-up: its first run is
 * timed, since its data does not stay in the server's buffer pool between runs anyway and a second full run only
 * doubles the wait.
 */
record Timing(int runs, double p50, double p95, double max, Object lastResult) {

    static final long SLOW_MS = 3_000;

    static Timing measure(Callable<?> query, int warmups, int maxRuns, long capMillis) throws Exception {
        double[] times = new double[maxRuns];
        int runs = 0;
        Object result = null;
        long start = System.nanoTime();
        for (int i = 0; i < warmups; i++) {
            long t = System.nanoTime();
            result = query.call();
            double ms = (System.nanoTime() - t) / 1e6;
            if (ms > SLOW_MS) {
                times[runs++] = ms;
                break;
            }
        }
        long timedStart = System.nanoTime();
        while (runs < maxRuns && (runs == 0 || (System.nanoTime() - timedStart) / 1_000_000 < capMillis)) {
            long t = System.nanoTime();
            result = query.call();
            times[runs++] = (System.nanoTime() - t) / 1e6;
            if ((System.nanoTime() - start) / 1_000_000 > capMillis) {
                break;
            }
        }
        double[] sorted = Arrays.copyOf(times, runs);
        Arrays.sort(sorted);
        return new Timing(runs, rank(sorted, 0.50), rank(sorted, 0.95), sorted[runs - 1], result);
    }

    private static double rank(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
