package vn.hailong.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table (header + rows of text and numbers) as a download: CSV with Apache Commons CSV (UTF-8 with a BOM, so that
 * Excel reads Vietnamese) or XLSX with Apache POI's streaming workbook (the header bold and frozen). For every
 * feature's exports (the overdue list, the metrics). A {@link Number} cell stays a number in XLSX.
 */
public final class TableExport {

    public static final String CSV = "text/csv; charset=utf-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    public static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // before the header, which the printer writes as it opens
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
                for (List<Object> row : rows) {
                    csv.printRecord(row.stream().map(v -> v == null ? "" : v instanceof Number ? v : inert(v.toString())).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString()); // a string cell: never evaluated
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In CSV, a citizen's text that a spreadsheet would take for a formula (=, +, -, @, tab, CR) is written with a leading
     * apostrophe, so that opening an export never runs what someone typed into a complaint.
     */
    static String inert(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
