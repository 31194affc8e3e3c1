package vn.hailong.benchmark;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
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

    /** What kind of call the calling thread made last, for the trace of a mixed load ({@link #mixed}). */
    private static final ThreadLocal<Integer> KIND = ThreadLocal.withInitial(() -> 0);

    private OpenLoop() {
    }

    /**
     * Every {@code every}-th call is {@code other} (kind 1 in the trace), the rest {@code main} (kind 0): to see
     * whether a stall of one kind of request is one of the other, due at the same moments.
     */
    static Call mixed(Call main, Call other, int every) {
        AtomicLong n = new AtomicLong();
        return () -> {
            boolean second = n.incrementAndGet() % every == 0;
            KIND.set(second ? 1 : 0);
            return second ? other.call() : main.call();
        };
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
        Trace trace = Trace.open(start, senders);
        for (int i = 0; i < senders; i++) {
            Histogram histogram = Measured.histogram();
            histograms.add(histogram);
            int sender = i;
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
                        trace.record(sender, due, done);
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
        trace.write();
        Histogram all = Measured.histogram();
        histograms.forEach(all::add);
        return new Measured(ok.get(), failed.get(), measureSeconds, all, firstError.get());
    }

    /**
     * With {@code -Dbench.open-trace=<file>} (through {@code -Dbench.jvm}), each measured call as a line of its due
     * time (wall clock, ms since the epoch), latency (µs) and sender, appended to the file: to set the slow calls
     * beside the service's GC log or flight recording.
     */
    private static final class Trace {
        private final String file;
        private final long startNanos;
        private final long startWallMillis;
        private final List<List<long[]>> calls = new ArrayList<>();

        private Trace(String file, long startNanos, int senders) {
            this.file = file;
            this.startNanos = startNanos;
            this.startWallMillis = System.currentTimeMillis() + (startNanos - System.nanoTime()) / 1_000_000;
            for (int i = 0; i < senders; i++) {
                calls.add(new ArrayList<>());
            }
        }

        static Trace open(long startNanos, int senders) {
            return new Trace(System.getProperty("bench.open-trace"), startNanos, senders);
        }

        void record(int sender, long due, long done) {
            if (file != null) {
                calls.get(sender).add(new long[] {due, done, KIND.get()});
            }
        }

        void write() {
            if (file == null) {
                return;
            }
            StringBuilder text = new StringBuilder("# open loop from " + startWallMillis + "\n");
            for (int i = 0; i < calls.size(); i++) {
                for (long[] c : calls.get(i)) {
                    text.append(startWallMillis + (c[0] - startNanos) / 1_000_000).append(' ')
                            .append((c[1] - c[0]) / 1000).append(' ').append(i).append(' ').append(c[2]).append('\n');
                }
            }
            try {
                Files.writeString(java.nio.file.Path.of(file), text, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                Benchmark.log("open loop: trace not written: " + e);
            }
        }
    }
}
