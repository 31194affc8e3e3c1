package vn.hailong.organisation.web;

import io.micronaut.data.model.Pageable;

/** API paging ({@code page} 0-based, {@code size} at most {@value #MAX_SIZE}); a page past the end is empty. */
final class Paging {

    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static Pageable of(Integer page, Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        // the offset page * size must stay a number the database takes
        return Pageable.from(Math.min(p, Integer.MAX_VALUE / s), s);
    }
}
