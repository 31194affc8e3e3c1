package vn.hailong.organisation.importing;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

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

    public boolean hasErrors() {
        return errors > 0;
    }
}
