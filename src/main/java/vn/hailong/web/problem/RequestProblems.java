package vn.hailong.web.problem;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Micronaut's own refusals of a request (bean validation of a body or parameter, a value that does not convert, a
 * missing argument, a body that is not the JSON asked for) as our message keys, {@code web.validation.*}, with the
 * offending field, instead of Micronaut's English texts.
 */
final class RequestProblems {

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)]");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Unknown property \\[([^\\]]+)]");

    private RequestProblems() {
    }

    static List<ProblemMessage> of(Throwable error) {
        if (error instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .map(RequestProblems::constraint)
                    .sorted(Comparator.comparing(ProblemMessage::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
        }
        if (error instanceof UnsatisfiedBodyRouteException) {
            return List.of(ProblemMessage.of(null, "web.validation.body.missing"));
        }
        if (error instanceof UnsatisfiedRouteException missing) {
            // "Required Header [Idempotency-Key] not specified": the name as the client sends it
            Matcher named = BRACKETED.matcher(String.valueOf(missing.getMessage()));
            String name = named.find() ? named.group(1) : missing.getArgument().getName();
            return List.of(ProblemMessage.of(name, "web.validation.required", name));
        }
        if (error instanceof UnsatisfiedArgumentException missing) {
            return List.of(isBody(missing.getArgument())
                    ? ProblemMessage.of(null, "web.validation.body.missing")
                    : ProblemMessage.of(missing.getArgument().getName(), "web.validation.required",
                    missing.getArgument().getName()));
        }
        if (error instanceof ConversionErrorException unconverted) {
            Argument<?> argument = unconverted.getArgument();
            String unknown = unknownProperty(unconverted);
            if (unknown != null) {
                return List.of(ProblemMessage.of(unknown, "web.validation.unknownField", unknown));
            }
            return List.of(isBody(argument)
                    ? ProblemMessage.of(null, "web.validation.body.unreadable")
                    : ProblemMessage.of(argument.getName(), "web.validation.conversion", argument.getName()));
        }
        String unknown = unknownProperty(error);
        if (unknown != null) {
            return List.of(ProblemMessage.of(unknown, "web.validation.unknownField", unknown));
        }
        if (isJsonError(error)) {
            return List.of(ProblemMessage.of(null, "web.validation.body.unreadable"));
        }
        return List.of();
    }

    private static ProblemMessage constraint(ConstraintViolation<?> violation) {
        String field = field(violation.getPropertyPath());
        var descriptor = violation.getConstraintDescriptor();
        String name = descriptor.getAnnotation().annotationType().getSimpleName();
        String key = "web.validation." + Character.toLowerCase(name.charAt(0)) + name.substring(1);
        Map<String, Object> attributes = descriptor.getAttributes();
        List<Object> args = new ArrayList<>();
        args.add(field);
        switch (name) {
            case "Size" -> {
                Object min = attributes.get("min");
                Object max = attributes.get("max");
                if (Integer.valueOf(0).equals(min)) {
                    key += ".max";
                } else if (Integer.valueOf(Integer.MAX_VALUE).equals(max)) {
                    key += ".min";
                }
                args.add(min);
                args.add(max);
            }
            case "Min", "Max", "DecimalMin", "DecimalMax" -> args.add(String.valueOf(attributes.get("value")));
            default -> {
            }
        }
        return new ProblemMessage(field, key, args);
    }

    /**
     * The input's own name: the body's field ({@code name}, {@code items[0].code}) rather than Micronaut's path
     * through the method and its body parameter ({@code create.request.name}); a plain parameter by its name.
     */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(n -> {
            if (n.getKind() != ElementKind.METHOD && n.getKind() != ElementKind.CONSTRUCTOR
                    && n.getKind() != ElementKind.RETURN_VALUE && n.getName() != null) {
                nodes.add(n);
            }
        });
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? null : field.toString();
    }

    private static boolean isBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    private static String unknownProperty(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = UNKNOWN_PROPERTY.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static boolean isJsonError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.micronaut.serde.") || name.startsWith("io.micronaut.json.")
                    || name.startsWith("com.fasterxml.jackson.") || name.equals("io.micronaut.http.codec.CodecException")) {
                return true;
            }
        }
        return false;
    }
}
