package vn.hailong.organisation.importing;

import io.micronaut.serde.annotation.Serdeable;
import vn.hailong.shared.errors.RuleViolation;

import java.util.List;
import java.util.function.Function;

/** The per-row report of one import: counts first, then every row in file order. */
@Serdeable
public record ImportReport(ImportKind kind, int created, int updated, int unchanged, int errors, List<RowResult> rows) {

    static ImportReport of(ImportKind kind, List<RowResult> rows) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        for (RowResult r : rows) {
            switch (r.status()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case ERROR -> errors++;
            }
        }
        return new ImportReport(kind, created, updated, unchanged, errors, List.copyOf(rows));
    }

    /** The report with every row's message in words (the web layer knows the language). */
    public ImportReport inWords(Function<RuleViolation.Problem, String> words) {
        return new ImportReport(kind, created, updated, unchanged, errors,
                rows.stream().map(r -> r.inWords(words)).toList());
    }

    public boolean hasErrors() {
        return errors > 0;
    }
}
