package vn.hailong.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.errors.RuleViolation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What went wrong with a submitted form, by field name ({@code form} for the form as a whole). A message is either
 * a bundle key (the page's own checks, such as "not a number") or the text a use case gave in its
 * {@link RuleViolation} (already Vietnamese first, English after), which the page shows as it is. Templates render
 * it with {@code admin/_fields :: message(m)}.
 */
@Introspected
public record FormErrors(Map<String, Message> byField) {

    /** One message: exactly one of {@code key} and {@code text} is set. */
    @Introspected
    public record Message(@Nullable String key, @Nullable String text) {
    }

    public static final String FORM = "form";

    public FormErrors {
        byField = Map.copyOf(byField);
    }

    public static FormErrors none() {
        return new FormErrors(Map.of());
    }

    /** The violation's message next to its field, or for the whole form when it names none. */
    public static FormErrors of(RuleViolation violation) {
        return new FormErrors(Map.of(violation.field().orElse(FORM), new Message(null, violation.getMessage())));
    }

    public static FormErrors key(String field, String key) {
        return new FormErrors(Map.of(field, new Message(key, null)));
    }

    /** This and another field's message from a bundle key (the first message of a field wins). */
    public FormErrors plusKey(String field, String key) {
        Map<String, Message> all = new LinkedHashMap<>(byField);
        all.putIfAbsent(field, new Message(key, null));
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
