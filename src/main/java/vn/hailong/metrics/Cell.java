package vn.hailong.metrics;

/** One cell of a breakdown: its key (see {@link Dimension}) and the distribution of scores or answers in it. */
public record Cell(long a, long b, String text, Distribution scores) {

    public Cell(long a, Distribution scores) {
        this(a, 0, "", scores);
    }
}
