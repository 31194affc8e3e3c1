package vn.hailong.web.limits;

import io.micronaut.http.HttpStatus;
import vn.hailong.web.problem.ProblemException;

import java.time.Duration;

/** 429 problem+json with a Retry-After header (whole seconds, at least 1). */
public final class TooManyRequests extends ProblemException {

    private final long retryAfterSeconds;

    /** {@code key} a bundle key whose arguments are {@code args}, e.g. the minutes to wait. */
    public TooManyRequests(Duration retryAfter, String key, Object... args) {
        super(HttpStatus.TOO_MANY_REQUESTS, key, args);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
