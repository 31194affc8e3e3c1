package vn.hailong.shared.paging;

/**
 * Which rows one page of a list shows. A page number past the end is the last page, and offsets are computed in
 * {@code long}, so any page number a link or a hand-typed address carries (even {@code 2147483647}) shows rows.
 *
 * @param page   1-based page shown
 * @param size   rows per page
 * @param total  rows in the whole list
 */
public record PageWindow(int page, int size, long total) {

    /** The page to show for a requested one (1-based; below 1 is the first page, beyond the end is the last). */
    public static PageWindow of(long requested, int size, long total) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        long last = Math.max(1, (total + size - 1) / size);
        return new PageWindow((int) Math.min(Math.max(1, requested), last), size, total);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Rows skipped before this page; at most the total, so never more than the database can count. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** The offset as an {@code int} for queries that take one (a list longer than that does not exist here). */
    public int intOffset() {
        return (int) Math.min(offset(), Integer.MAX_VALUE);
    }
}
