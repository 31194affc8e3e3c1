package vn.hailong.shared.errors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A business rule said no. Domain code throws it without knowing about HTTP or languages: each problem is a field
 * (or none, for the request as a whole), a message key of the feature's bundle and its {@code {0}} arguments, never
 * finished text. The web layer alone turns it into words: field errors on pages in the page's language,
 * problem+json in the language the client asks for.
 *
 * <pre>{@code throw RuleViolation.invalid("code", "organisation.error.unit.codeTaken", code);}</pre>
 *
 * A draft checked field by field reports every broken field at once through {@link #builder()}.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN }

    /** One thing wrong: the field at fault (null for the whole request), a message key and its arguments. */
    public record Problem(String field, String key, List<Object> args) {

        public Problem {
            args = Collections.unmodifiableList(new ArrayList<>(args));
        }

        public static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, args == null ? List.of() : Arrays.asList(args));
        }

        /** The arguments as an array, as {@code MessageSource} and Thymeleaf's {@code #messages} take them. */
        public Object[] arguments() {
            return args.toArray();
        }
    }

    private final Kind kind;
    private final List<Problem> problems;

    public RuleViolation(Kind kind, List<Problem> problems) {
        super(problems.stream().map(p -> (p.field() == null ? "" : p.field() + ": ") + p.key())
                .collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule violation names at least one problem");
        }
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public static RuleViolation invalid(String field, String key, Object... args) {
        return new RuleViolation(Kind.INVALID, List.of(Problem.of(field, key, args)));
    }

    public static RuleViolation notFound(String key, Object... args) {
        return new RuleViolation(Kind.NOT_FOUND, List.of(Problem.of(null, key, args)));
    }

    public static RuleViolation conflict(String field, String key, Object... args) {
        return new RuleViolation(Kind.CONFLICT, List.of(Problem.of(field, key, args)));
    }

    public static RuleViolation forbidden(String key, Object... args) {
        return new RuleViolation(Kind.FORBIDDEN, List.of(Problem.of(null, key, args)));
    }

    /** Collects the problems of one draft, so that a form shows every broken field after one submit. */
    public static Builder builder() {
        return new Builder();
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The field of the first problem. */
    public Optional<String> field() {
        return Optional.ofNullable(problems.get(0).field());
    }

    /** The message key of the first problem. */
    public String key() {
        return problems.get(0).key();
    }

    /** The problems of one draft; the first problem of a field wins (one message per field). */
    public static final class Builder {

        private final List<Problem> problems = new ArrayList<>();
        private Kind kind = Kind.INVALID;

        private Builder() {
        }

        public Builder invalid(String field, String key, Object... args) {
            return add(Kind.INVALID, Problem.of(field, key, args));
        }

        public Builder conflict(String field, String key, Object... args) {
            return add(Kind.CONFLICT, Problem.of(field, key, args));
        }

        /**
         * Runs one check that may throw, keeping its problems instead of stopping: the value it returns, or null
         * when it said no. A refusal other than "invalid" (not found, forbidden) is not about a field and is thrown.
         */
        public <T> T check(Supplier<T> check) {
            try {
                return check.get();
            } catch (RuleViolation e) {
                if (e.kind() == Kind.NOT_FOUND || e.kind() == Kind.FORBIDDEN) {
                    throw e;
                }
                e.problems().forEach(p -> add(e.kind(), p));
                return null;
            }
        }

        /** Runs one check that may throw, keeping its problems instead of stopping (see {@link #check(Supplier)}). */
        public void check(Runnable check) {
            check(() -> {
                check.run();
                return null;
            });
        }

        /** Whether a problem was already noted for this field (later checks that depend on it can be skipped). */
        public boolean has(String field) {
            return problems.stream().anyMatch(p -> field.equals(p.field()));
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        /** Throws every problem noted so far at once; does nothing when there are none. */
        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new RuleViolation(kind, problems);
            }
        }

        private Builder add(Kind problemKind, Problem problem) {
            if (problem.field() == null || !has(problem.field())) {
                problems.add(problem);
                // a mix of "invalid" and "conflict" answers as invalid: the form has to be corrected either way
                kind = problems.size() == 1 ? problemKind : Kind.INVALID;
            }
            return this;
        }
    }
}
