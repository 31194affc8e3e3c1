package vn.hailong.web.problem;

import io.micronaut.http.HttpStatus;

import java.util.Arrays;
import java.util.List;

/**
 * An error of the HTTP layer a caller can act on (such as an abuse limit), as a bundle key with arguments: it
 * becomes the problem+json {@code detail} in the language of {@code Accept-Language}. Domain rules throw
 * {@link vn.hailong.shared.errors.RuleViolation} instead.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final List<Object> args;

    public ProblemException(HttpStatus status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = List.copyOf(Arrays.asList(args));
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return "about:blank";
    }

    public ProblemMessage message() {
        return new ProblemMessage(null, key, args);
    }
}
