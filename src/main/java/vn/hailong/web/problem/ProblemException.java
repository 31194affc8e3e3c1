package vn.hailong.web.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * An error a person can act on, raised by controllers and use cases alike. The detail is written for the
 * caller (Vietnamese first, English in brackets) and becomes the problem+json {@code detail}.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final List<Problem.FieldProblem> fields;

    public ProblemException(HttpStatus status, String detail) {
        this(status, "about:blank", detail, List.of());
    }

    public ProblemException(HttpStatus status, String type, String detail, List<Problem.FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.type = type;
        this.fields = List.copyOf(fields);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "about:blank", detail,
                List.of(new Problem.FieldProblem(field, detail)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<Problem.FieldProblem> fields() {
        return fields;
    }
}
