package vn.hailong.organisation;

import vn.hailong.shared.errors.RuleViolation;

/** Shared input rules for directory objects, which are addressed by a code unique in their kind. */
public final class Codes {

    private Codes() {
    }

    public static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid("code", "Mã không được để trống (code is required).");
        }
        String trimmed = code.trim();
        if (!trimmed.matches("[\\p{L}\\p{N}._/-]{1,64}")) {
            throw RuleViolation.invalid("code",
                    "Mã chỉ gồm chữ, số và . _ / -, tối đa 64 ký tự (code: letters, digits, . _ / -, at most 64).");
        }
        return trimmed;
    }

    public static String requireName(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(field, "Trường " + field + " không được để trống (" + field + " is required).");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw RuleViolation.invalid(field, "Trường " + field + " dài quá " + max + " ký tự (" + field + " is too long).");
        }
        return trimmed;
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
