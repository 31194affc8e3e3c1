package vn.hailong.organisation;

import vn.hailong.shared.errors.RuleViolation;

/** Shared input rules for directory objects, which are addressed by a code unique in their kind. */
public final class Codes {

    private Codes() {
    }

    public static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid("code", "organisation.error.code.required");
        }
        String trimmed = code.trim();
        if (!trimmed.matches("[\\p{L}\\p{N}._/-]{1,64}")) {
            throw RuleViolation.invalid("code", "organisation.error.code.format");
        }
        return trimmed;
    }

    /** A required text ({@code name} or {@code fullName}, whose messages are {@code organisation.error.<field>.*}). */
    public static String requireName(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(field, "organisation.error." + field + ".required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw RuleViolation.invalid(field, "organisation.error." + field + ".tooLong", max);
        }
        return trimmed;
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
