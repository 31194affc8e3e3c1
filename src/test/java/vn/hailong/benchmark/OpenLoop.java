package vn.hailong.benchmark;

import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load at a fixed rate: call i is due at start + i / rate, whatever the earlier calls are doing, and its
 * latency is counted from when it was due, not from when a free sender got to it (no coordinated omission: a stall
 * of the server shows as the latency of every call that should have been sent meanwhile). A pool of senders takes
 * the calls in turn; when all are busy the next call is late, and its lateness counts.
 */
final class OpenLoop {

    /** A thread-safe call; true when it succeeded. */
    interface Call {
        boolean call() throws Exception;
    }

    private OpenLoop() {
    }

    static Measured run(double ratePerSecond, Call call, int senders, double settleSeconds, double measureSeconds)
            throws InterruptedException {
        long period = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime() + 10_000_000;
        long measureFrom = start + (long) (settleSeconds * 1e9);
        long end = measureFrom + (long) (measureSeconds * 1e9);
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        List<Histogram> histograms = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            Histogram histogram = Measured.histogram();
            histograms.add(histogram);
            Thread t = new Thread(() -> {
                while (true) {
                    long due = start + next.getAndIncrement() * period;
                    if (due >= end) {
                        return;
                    }
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    boolean success;
                    try {
                        success = call.call();
                    } catch (Exception e) {
                        firstError.compareAndSet(null, Measured.describe(e));
                        success = false;
                    }
                    long done = System.nanoTime();
                    if (due >= measureFrom) {
                        histogram.recordValue((done - due) / 1000);
                        (success ? ok : failed).incrementAndGet();
                    }
                }
            }, "bench-open-" + i);
            running.add(t);
            t.start();
        }
        for (Thread t : running) {
            t.join();
        }
        Histogram all = Measured.histogram();
        histograms.forEach(all::add);
        return new Measured(ok.get(), failed.get(), measureSeconds, all, firstError.get());
    }
}
