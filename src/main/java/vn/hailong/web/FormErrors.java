package vn.hailong.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.errors.RuleViolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What went wrong with a submitted form, by field name ({@code form} for the form as a whole): a bundle key with its
 * arguments per field, from the page's own checks (such as "not a number") or from every problem of a use case's
 * {@link RuleViolation}. Templates put it into words in the page's language with
 * {@code admin/_fields :: message(m)} (the same bundles {@link RuleViolationMessages} speaks for the API).
 */
@Introspected
public record FormErrors(Map<String, Message> byField) {

    /** One message: a bundle key and its {@code {0}} arguments. */
    @Introspected
    public record Message(String key, List<Object> args) {
        public Message {
            args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        }

        /** The arguments as Thymeleaf's {@code #messages.msgWithParams} takes them. */
        public Object[] arguments() {
            return args.toArray();
        }
    }

    public static final String FORM = "form";

    public FormErrors {
        byField = Map.copyOf(byField);
    }

    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    /**
     * Every problem of the violation next to its field, those naming none for the whole form (the first message of
     * a field wins).
     */
    public static FormErrors of(RuleViolation violation) {
        Map<String, Message> all = new LinkedHashMap<>();
        for (RuleViolation.Problem p : violation.problems()) {
            all.putIfAbsent(p.field() == null ? FORM : p.field(), new Message(p.key(), p.args()));
        }
        return new FormErrors(all);
    }

    public static FormErrors key(String field, String key, Object... args) {
        return new FormErrors(Map.of(field, new Message(key, java.util.Arrays.asList(args))));
    }

    /** This and another field's message from a bundle key (the first message of a field wins). */
    public FormErrors plusKey(String field, String key, Object... args) {
        Map<String, Message> all = new LinkedHashMap<>(byField);
        all.putIfAbsent(field, new Message(key, java.util.Arrays.asList(args)));
        return new FormErrors(all);
    }

    /** These and another violation's messages (the first message of a field wins). */
    public FormErrors plus(RuleViolation violation) {
        Map<String, Message> all = new LinkedHashMap<>(byField);
        of(violation).byField().forEach(all::putIfAbsent);
        return new FormErrors(all);
    }

    public @Nullable Message get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }
}
