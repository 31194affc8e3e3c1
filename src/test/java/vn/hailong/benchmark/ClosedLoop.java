package vn.hailong.benchmark;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code threads} workers, each with one call in flight and the next sent as soon as the answer
 * is in (no rate limit of the client's own). The calls of a settling time are not counted; then every call started
 * in the measured window is, with its latency.
 */
final class ClosedLoop {

    /** One caller's calls (its own connection, say); true when the call succeeded. */
    interface Worker extends AutoCloseable {
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    private ClosedLoop() {
    }

    static Measured run(int threads, IntFunction<Worker> workers, double settleSeconds, double measureSeconds)
            throws Exception {
        long measureFrom = System.nanoTime() + (long) (settleSeconds * 1e9);
        long end = measureFrom + (long) (measureSeconds * 1e9);
        List<Thread> running = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        long[] ok = new long[threads];
        long[] failed = new long[threads];
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicReference<Exception> broken = new AtomicReference<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            Histogram histogram = Measured.histogram();
            histograms.add(histogram);
            Thread t = new Thread(() -> {
                try (Worker worker = workers.apply(n)) {
                    long now = System.nanoTime();
                    while (now < end) {
                        boolean success;
                        try {
                            success = worker.call();
                        } catch (Exception e) {
                            firstError.compareAndSet(null, Measured.describe(e));
                            success = false;
                        }
                        long done = System.nanoTime();
                        if (now >= measureFrom) {
                            histogram.recordValue((done - now) / 1000);
                            if (success) {
                                ok[n]++;
                            } else {
                                failed[n]++;
                            }
                        }
                        now = done;
                    }
                } catch (Exception e) {
                    broken.compareAndSet(null, e);
                }
            }, "bench-closed-" + i);
            running.add(t);
            t.start();
        }
        for (Thread t : running) {
            t.join();
        }
        if (broken.get() != null) {
            throw broken.get();
        }
        Histogram all = Measured.histogram();
        histograms.forEach(all::add);
        long okAll = 0;
        long failedAll = 0;
        for (int i = 0; i < threads; i++) {
            okAll += ok[i];
            failedAll += failed[i];
        }
        return new Measured(okAll, failedAll, measureSeconds, all, firstError.get());
    }
}
