package vn.hailong.metrics;

/**
 * A percentage as managers may read it: how many of n ({@code hits}), the share in percent (one decimal), its 95%
 * Wilson interval and whether n reaches the minimum sample. With n = 0 there is no share ("chưa có dữ liệu"): pct
 * and ci95 are null, never 0. Below the minimum sample the numbers exist but are not shown as a figure ("chưa đủ
 * mẫu"), see {@link #shown()}.
 */
public record Share(long n, long hits, Double pct, Interval ci95, boolean enough) {

    public static Share of(long hits, long n, int minimumSample) {
        if (n == 0) {
            return new Share(0, 0, null, null, false);
        }
        return new Share(n, hits, round1(100.0 * hits / n), Interval.wilson(hits, n), n >= minimumSample);
    }

    public static Share satisfied(Distribution d, int minimumSample) {
        return of(d.satisfied(), d.n(), minimumSample);
    }

    public boolean hasData() {
        return n > 0;
    }

    /** There is data and enough of it to show the share as a figure. */
    public boolean shown() {
        return n > 0 && enough;
    }

    /** The interval's lower end, the honest rank of a cell (a small sample cannot rank first by luck); -1 without data. */
    public double lowerBound() {
        return ci95 == null ? -1 : ci95.low();
    }

    static double round1(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
