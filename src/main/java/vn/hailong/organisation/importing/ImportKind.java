package vn.hailong.organisation.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file holds, and the columns its header may name (API field names; order does not matter). */
public enum ImportKind {
    UNITS("units", List.of("code", "name", "type"), List.of("parentCode", "address", "validFrom", "validTo")),
    SECTORS("sectors", List.of("code", "name"), List.of("targetPct")),
    PROCEDURES("procedures", List.of("code", "name", "sectorCode"), List.of("processingDays")),
    COUNTERS("counters", List.of("code", "name", "unitCode"), List.of()),
    OFFICERS("officers", List.of("code", "fullName", "unitCode"), List.of("title", "counterCode"));

    private final String path;
    private final List<String> required;
    private final List<String> optional;

    ImportKind(String path, List<String> required, List<String> optional) {
        this.path = path;
        this.required = required;
        this.optional = optional;
    }

    /** The name used in URLs: {@code /api/v1/import/units}. */
    public String path() {
        return path;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    public static Optional<ImportKind> fromPath(String path) {
        String p = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        for (ImportKind k : values()) {
            if (k.path.equals(p)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
