package vn.hailong.feedback.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hailong.shared.errors.RuleViolation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file of paper survey forms read as text cells: the header row and the data rows, CSV (UTF-8, comma or semicolon)
 * or XLSX (first sheet), told apart by content, not by name. A date cell of a spreadsheet becomes its ISO date, a
 * whole number its digits, so rows read the same whichever format the clerk saved. Blank rows are skipped; row
 * numbers are the ones a spreadsheet shows (the header is row 1).
 */
final class FormSheet {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 20_000;

    /** One data row: its number as a spreadsheet shows it, and its cells by header name (as written in the file). */
    record Line(long number, Map<String, String> cells) {

        /** The trimmed cell, or null when empty or absent. */
        String get(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    private final List<String> header;
    private final List<Line> lines;

    FormSheet(List<String> header, List<Line> lines) {
        this.header = List.copyOf(header);
        this.lines = List.copyOf(lines);
    }

    List<String> header() {
        return header;
    }

    List<Line> lines() {
        return lines;
    }

    static FormSheet read(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw RuleViolation.invalid("file", "feedback.formImport.error.unreadable", String.valueOf(e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            throw RuleViolation.invalid("file", "feedback.formImport.error.tooLarge");
        }
        if (bytes.length == 0) {
            throw RuleViolation.invalid("file", "feedback.formImport.error.empty");
        }
        return isZip(bytes) ? xlsx(bytes) : csv(bytes);
    }

    /** XLSX files are zip archives: "PK\3\4". */
    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static FormSheet csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw RuleViolation.invalid("file", "feedback.formImport.error.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw RuleViolation.invalid("file", "feedback.formImport.error.empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    continue;
                }
                add(lines, header, record.getRecordNumber(), cells);
            }
            return new FormSheet(header, lines);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw RuleViolation.invalid("file", "feedback.formImport.error.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static FormSheet xlsx(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw RuleViolation.invalid("file", "feedback.formImport.error.empty");
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                int width = header == null ? Math.max(row.getLastCellNum(), 0) : header.size();
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (header == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    header = cells.stream().map(String::strip).toList();
                    continue;
                }
                add(lines, header, row.getRowNum() + 1L, cells);
            }
            if (header == null) {
                throw RuleViolation.invalid("file", "feedback.formImport.error.empty");
            }
            return new FormSheet(header, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation v) {
                throw v;
            }
            throw RuleViolation.invalid("file", "feedback.formImport.error.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static void add(List<Line> lines, List<String> header, long number, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (lines.size() >= MAX_ROWS) {
            throw RuleViolation.invalid("file", "feedback.formImport.error.tooManyRows", MAX_ROWS);
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byColumn.putIfAbsent(header.get(i), i < cells.size() ? cells.get(i) : null);
        }
        if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            byColumn.put(EXTRA, String.join(", ", cells.subList(header.size(), cells.size())));
        }
        lines.add(new Line(number, byColumn));
    }

    /** The cells of a row beyond the header's width, when any of them holds something. */
    static final String EXTRA = "\u0000extra";

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double v = cell.getNumericCellValue();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return Double.toString(v);
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
    }
}
