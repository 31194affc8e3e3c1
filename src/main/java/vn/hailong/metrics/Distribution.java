package vn.hailong.metrics;

/**
 * How many answers were given at each level of the 1..5 scale (5 Rất hài lòng … 1 Rất không hài lòng). Satisfied
 * means 4 or 5 (product.md §3).
 */
public record Distribution(long n1, long n2, long n3, long n4, long n5) {

    public static final Distribution EMPTY = new Distribution(0, 0, 0, 0, 0);

    public static Distribution of(int score) {
        return EMPTY.plus(score, 1);
    }

    public long n() {
        return n1 + n2 + n3 + n4 + n5;
    }

    public long satisfied() {
        return n4 + n5;
    }

    public long count(int level) {
        return switch (level) {
            case 1 -> n1;
            case 2 -> n2;
            case 3 -> n3;
            case 4 -> n4;
            case 5 -> n5;
            default -> throw new IllegalArgumentException("level 1..5: " + level);
        };
    }

    public Distribution plus(int level, long count) {
        return switch (level) {
            case 1 -> new Distribution(n1 + count, n2, n3, n4, n5);
            case 2 -> new Distribution(n1, n2 + count, n3, n4, n5);
            case 3 -> new Distribution(n1, n2, n3 + count, n4, n5);
            case 4 -> new Distribution(n1, n2, n3, n4 + count, n5);
            case 5 -> new Distribution(n1, n2, n3, n4, n5 + count);
            default -> throw new IllegalArgumentException("level 1..5: " + level);
        };
    }

    public Distribution plus(Distribution other) {
        return new Distribution(n1 + other.n1, n2 + other.n2, n3 + other.n3, n4 + other.n4, n5 + other.n5);
    }

    /** The share of each level in percent (one decimal), 1..5; all null when there are no answers. */
    public Double[] percentages() {
        long n = n();
        Double[] pct = new Double[5];
        for (int level = 1; level <= 5; level++) {
            pct[level - 1] = n == 0 ? null : Share.round1(100.0 * count(level) / n);
        }
        return pct;
    }
}
