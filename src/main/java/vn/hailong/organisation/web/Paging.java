package vn.hailong.organisation.web;

import io.micronaut.data.model.Pageable;

final class Paging {

    static final int MAX_SIZE = 500;

    private Paging() {
    }

    static Pageable of(Integer page, Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size <= 0 ? 50 : Math.min(size, MAX_SIZE);
        return Pageable.from(p, s);
    }
}
