package vn.hailong.web.limits;

import io.micronaut.http.HttpStatus;
import vn.hailong.web.problem.ProblemException;

import java.time.Duration;
import java.util.List;

/** 429 problem+json with a Retry-After header (whole seconds, at least 1). */
public final class TooManyRequests extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequests(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "about:blank", detail, List.of());
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
