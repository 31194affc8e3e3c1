package vn.hailong.metrics;

/** A 95% interval of a percentage, in percent with one decimal. */
public record Interval(double low, double high) {

    private static final double Z95 = 1.959964;

    /** Wilson's score interval: honest for small samples and shares near 0 or 100%, unlike the normal approximation. */
    public static Interval wilson(long hits, long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("an interval needs n > 0");
        }
        double p = (double) hits / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Interval(Share.round1(100 * Math.max(0, centre - half)), Share.round1(100 * Math.min(1, centre + half)));
    }

    public double[] toArray() {
        return new double[] {low, high};
    }
}
