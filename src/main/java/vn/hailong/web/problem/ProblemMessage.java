package vn.hailong.web.problem;

import io.micronaut.http.server.exceptions.response.Error;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One error of an API answer as a bundle key with arguments, put into words by {@link ProblemJsonErrorBodyProvider}
 * in the language of {@code Accept-Language}; {@code field} names the offending input, none for the request as a
 * whole. {@link #getMessage()} is the key, for logs.
 */
public record ProblemMessage(String field, String key, List<Object> args) implements Error {

    public ProblemMessage {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static ProblemMessage of(String field, String key, Object... args) {
        return new ProblemMessage(field, key, Arrays.asList(args));
    }

    @Override
    public Optional<String> getPath() {
        return Optional.ofNullable(field);
    }

    @Override
    public String getMessage() {
        return key;
    }
}
