package vn.hailong.organisation.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import vn.hailong.shared.errors.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file read into rows keyed by the API field names of its header. Refuses, as a whole, a file that is not
 * UTF-8, has no header, lacks a required column or names an unknown one (a misspelt optional column would
 * otherwise be ignored silently).
 */
final class CsvTable {

    /** One data row: its spreadsheet row number and its values by canonical column name. */
    record Row(long number, Map<String, String> values) {

        boolean has(String column) {
            return values.containsKey(column);
        }

        /** The trimmed value, or null when the column is absent or the cell is empty. */
        String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Set<String> columns;
    private final List<Row> rows;

    private CsvTable(Set<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    Set<String> columns() {
        return columns;
    }

    List<Row> rows() {
        return rows;
    }

    static CsvTable read(InputStream in, ImportKind kind) {
        String text = decode(in);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw RuleViolation.invalid("file", "organisation.error.import.empty", example(kind));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(false)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text)).setFormat(format).get()) {
            Map<String, String> canonical = canonicalHeader(parser.getHeaderNames(), kind);
            List<Row> rows = new ArrayList<>();
            long index = 0;
            for (CSVRecord record : parser) {
                index++;
                Map<String, String> values = new HashMap<>();
                for (Map.Entry<String, String> column : canonical.entrySet()) {
                    if (record.isSet(column.getKey())) {
                        values.put(column.getValue(), record.get(column.getKey()));
                    } else {
                        values.put(column.getValue(), null);
                    }
                }
                if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                rows.add(new Row(index + 1, values));
            }
            return new CsvTable(new LinkedHashSet<>(canonical.values()), rows);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw RuleViolation.invalid("file", "organisation.error.import.unreadable", String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw RuleViolation.invalid("file", "organisation.error.import.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** Maps each header cell to the API field name it stands for, case-insensitively. */
    private static Map<String, String> canonicalHeader(List<String> header, ImportKind kind) {
        Map<String, String> known = new HashMap<>();
        for (String c : kind.required()) {
            known.put(c.toLowerCase(Locale.ROOT), c);
        }
        for (String c : kind.optional()) {
            known.put(c.toLowerCase(Locale.ROOT), c);
        }
        Map<String, String> result = new java.util.LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String cell : header) {
            String name = known.get(cell.strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                unknown.add(cell);
            } else if (result.containsValue(name)) {
                throw RuleViolation.invalid("file", "organisation.error.import.duplicateColumn", name);
            } else {
                result.put(cell, name);
            }
        }
        List<String> missing = kind.required().stream().filter(c -> !result.containsValue(c)).toList();
        if (!missing.isEmpty()) {
            throw RuleViolation.invalid("file", "organisation.error.import.missingColumns", String.join(", ", missing),
                    example(kind));
        }
        if (!unknown.isEmpty()) {
            throw RuleViolation.invalid("file", "organisation.error.import.unknownColumns", String.join(", ", unknown),
                    String.join(", ", allColumns(kind)));
        }
        return result;
    }

    private static List<String> allColumns(ImportKind kind) {
        List<String> all = new ArrayList<>(kind.required());
        all.addAll(kind.optional());
        return all;
    }

    private static String example(ImportKind kind) {
        return String.join(",", allColumns(kind));
    }

    private static String decode(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw RuleViolation.invalid("file", "organisation.error.import.unreadable", String.valueOf(e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            throw RuleViolation.invalid("file", "organisation.error.import.tooLarge");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw RuleViolation.invalid("file", "organisation.error.import.notUtf8");
        }
    }
}
