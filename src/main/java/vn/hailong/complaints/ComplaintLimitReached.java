package vn.hailong.complaints;

import java.time.Duration;

/** A token has filed as many complaints as it may within the period; the web layer answers 429. */
public final class ComplaintLimitReached extends RuntimeException {

    private final Duration retryAfter;

    public ComplaintLimitReached(Duration retryAfter) {
        super("complaint limit of this token reached", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
