package vn.hailong.benchmark;

import org.HdrHistogram.Histogram;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Repeated timings of one query: warm-up runs, then timed runs up to a count or a time cap (at least one), with
 * p50 and p95 (HdrHistogram). A query slower than {@link #SLOW_MS} gets no separate warm-up: its first run is
 * timed, since its data does not stay in the server's buffer pool between runs anyway and a second full run only
 * doubles the wait. A run longer than the timeout is cancelled (its SQL killed) and the timing says "over".
 */
record Timing(int runs, double p50, double p95, double max, boolean timedOut, Object lastResult) {

    static final long SLOW_MS = 3_000;
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-query");
        t.setDaemon(true);
        return t;
    });

    /** Stops the query that is running (kills its SQL on the server). */
    interface Canceller {
        void cancel() throws Exception;
    }

    static Timing measure(Callable<?> query, int warmups, int maxRuns, long capMillis) throws Exception {
        return measure(query, warmups, maxRuns, capMillis, Long.MAX_VALUE, null);
    }

    static Timing measure(Callable<?> query, int warmups, int maxRuns, long capMillis, long timeoutMillis,
                          Canceller canceller) throws Exception {
        Histogram times = Measured.histogram();
        int runs = 0;
        Object result = null;
        long start = System.nanoTime();
        long timedStart = start;
        for (int i = 0; i < warmups; i++) {
            long t = System.nanoTime();
            Object r = run(query, timeoutMillis, canceller);
            double ms = (System.nanoTime() - t) / 1e6;
            if (r == TIMED_OUT) {
                return new Timing(1, timeoutMillis, timeoutMillis, timeoutMillis, true, null);
            }
            result = r;
            if (ms > SLOW_MS) {
                record(times, ms);
                runs++;
                break;
            }
            timedStart = System.nanoTime();
        }
        while (runs < maxRuns && (runs == 0 || (System.nanoTime() - timedStart) / 1_000_000 < capMillis)) {
            long t = System.nanoTime();
            Object r = run(query, timeoutMillis, canceller);
            if (r == TIMED_OUT) {
                record(times, timeoutMillis);
                runs++;
                return new Timing(runs, percentile(times, 50), percentile(times, 95), timeoutMillis, true, result);
            }
            result = r;
            record(times, (System.nanoTime() - t) / 1e6);
            runs++;
        }
        return new Timing(runs, percentile(times, 50), percentile(times, 95), times.getMaxValue() / 1000.0, false,
                result);
    }

    private static void record(Histogram times, double millis) {
        times.recordValue(Math.round(millis * 1000));
    }

    private static double percentile(Histogram times, double p) {
        return times.getValueAtPercentile(p) / 1000.0;
    }

    private static final Object TIMED_OUT = new Object();

    private static Object run(Callable<?> query, long timeoutMillis, Canceller canceller) throws Exception {
        if (canceller == null) {
            return query.call();
        }
        Future<?> future = RUNNER.submit(query);
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            canceller.cancel();
            try {
                future.get();
            } catch (ExecutionException expected) {
                // the killed query's error
            }
            return TIMED_OUT;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    /** p50 or p95 for the report: "> 60 s" when the run was stopped. */
    String p50Text() {
        return timedOut && p50 >= max ? "> " + Report.ms(max) : Report.ms(p50);
    }

    String p95Text() {
        return timedOut ? "> " + Report.ms(max) : Report.ms(p95);
    }
}
