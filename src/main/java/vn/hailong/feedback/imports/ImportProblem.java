package vn.hailong.feedback.imports;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.errors.RuleViolation;

/**
 * One thing wrong with a file: where (row as a spreadsheet shows it, 1 for the header; the column as headed in the
 * file, null for the whole row) and what, as a message key with arguments.
 */
public record ImportProblem(long row, @Nullable String column, @Nullable String formNo, RuleViolation.Problem problem) {

    static ImportProblem of(long row, String column, String formNo, String key, Object... args) {
        return new ImportProblem(row, column, formNo, RuleViolation.Problem.of(column, key, args));
    }
}
