package vn.hailong.metrics.rollup;

/**
 * The rebuild under way as the lock row keeps it: its id (null when none) and its cursor: the ratings and counter
 * transactions with smaller ids are already in the rows it fills, so their pending rows go there too. Stale: it
 * has not moved on for so long that its node must be gone.
 */
public record RebuildState(String id, long cursor, boolean stale) {

    public static final RebuildState NONE = new RebuildState(null, Long.MIN_VALUE, false);

    public boolean running() {
        return id != null;
    }

    /** Whether a rating or counter transaction with this id is already in the rows the rebuild fills. */
    public boolean covers(long id) {
        return running() && id < cursor;
    }
}
