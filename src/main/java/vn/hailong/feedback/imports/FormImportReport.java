package vn.hailong.feedback.imports;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.errors.RuleViolation;

import java.util.List;
import java.util.function.Function;

/**
 * What one upload did: how many forms it held, stored, found already there ("đã có") and refused, and one line per
 * problem and per form already there, in file order. With any problem nothing was stored.
 *
 * @param instrument the instrument the criterion columns were read against
 * @param forms      data rows in the file
 * @param stored     forms stored by this upload
 * @param existing   forms imported before (same unit and form number), not stored again
 * @param errorRows  rows with at least one problem (the header counts as row 1)
 */
public record FormImportReport(String instrument, int forms, int stored, int existing, int errorRows,
                               List<Line> lines) {

    public enum Status { EXISTING, ERROR }

    /**
     * @param message the problem or the note in the reader's language, once {@link #inWords} put it into words
     */
    public record Line(long row, @Nullable String column, @Nullable String formNo, Status status,
                       @Nullable String message, RuleViolation.Problem problem) {
    }

    public FormImportReport {
        lines = List.copyOf(lines);
    }

    public boolean hasErrors() {
        return errorRows > 0;
    }

    /** The report with every line in words (the web layer knows the language). */
    public FormImportReport inWords(Function<RuleViolation.Problem, String> words) {
        return new FormImportReport(instrument, forms, stored, existing, errorRows, lines.stream()
                .map(l -> new Line(l.row(), l.column(), l.formNo(), l.status(), words.apply(l.problem()), l.problem()))
                .toList());
    }
}
