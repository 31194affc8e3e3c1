package vn.hailong.shared.errors;

import java.util.Optional;

/**
 * A business rule said no. Domain code throws it without knowing about HTTP; the web layer turns it into
 * problem+json (API) or a readable message (pages). Messages are for people: Vietnamese first, English after.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    private final Kind kind;
    private final String field;

    public RuleViolation(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(Kind.INVALID, field, message);
    }

    public static RuleViolation notFound(String message) {
        return new RuleViolation(Kind.NOT_FOUND, null, message);
    }

    public static RuleViolation conflict(String field, String message) {
        return new RuleViolation(Kind.CONFLICT, field, message);
    }

    public static RuleViolation forbidden(String message) {
        return new RuleViolation(Kind.FORBIDDEN, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
