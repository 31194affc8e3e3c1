package vn.hailong.benchmark;

import org.HdrHistogram.Histogram;

/**
 * What one load run measured: the calls that succeeded and failed within its measured window, that window's length,
 * and the latency of every call in it (HdrHistogram, microseconds, 3 significant digits).
 */
record Measured(long ok, long failed, double seconds, Histogram latencies, String firstError) {

    static Histogram histogram() {
        return new Histogram(3);
    }

    /** The same run counted in rows where each successful call stored {@code rows} (a batch). */
    Measured timesRows(int rows) {
        return new Measured(ok * rows, failed * rows, seconds, latencies, firstError);
    }

    /** Successful calls per second of the window. */
    double rate() {
        return ok / seconds;
    }

    double p50() {
        return percentile(50);
    }

    double p99() {
        return percentile(99);
    }

    double max() {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
    }

    /** Milliseconds. */
    double percentile(double p) {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(p) / 1000.0;
    }

    String rateText() {
        return perSecond(rate());
    }

    /** "12 800/s": rates as the issue writes them. */
    static String perSecond(double rate) {
        return String.format("%,.0f/s", rate).replace(',', ' ');
    }

    /** A call the server answered, but not as it should have: the status, for the report ("HTTP 500"). */
    static final class Refused extends Exception {
        Refused(String what) {
            super(what, null, false, false);
        }
    }

    /** An error in a few words: the status of a refusal, else the exception's class and message. */
    static String describe(Exception e) {
        return e instanceof Refused ? e.getMessage() : e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Failures for the report: "0", or the count and the first error. */
    String failuresText() {
        return failed == 0 ? "0" : firstError == null ? String.valueOf(failed) : failed + " (" + firstError + ")";
    }
}
