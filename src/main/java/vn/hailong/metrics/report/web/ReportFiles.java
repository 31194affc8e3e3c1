package vn.hailong.metrics.report.web;

import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.hailong.web.PdfPages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link ReportDocument} as a file: a PDF (openhtmltopdf rendering the report's XHTML template, with the DejaVu
 * Sans font bundled in the jar and embedded, so Vietnamese prints the same whatever fonts the server has) and a
 * Word file (Apache POI) that the unit edits before signing.
 */
@Singleton
class ReportFiles {

    static final String PDF = PdfPages.PDF;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String WORD_FONT = "Times New Roman";

    /** The printable page's stylesheet, which the PDF shares. */
    private static final String STYLESHEET = PdfPages.stylesheet("/public/report.css");

    private final PdfPages pdfs;

    ReportFiles(PdfPages pdfs) {
        this.pdfs = pdfs;
    }

    byte[] pdf(ReportDocument document, Locale locale) {
        return pdfs.render("metrics/report-pdf", locale, Map.of("doc", document, "css", STYLESHEET));
    }

    byte[] docx(ReportDocument d) {
        try (XWPFDocument doc = new XWPFDocument()) {
            header(doc, d);
            paragraph(doc, d.title(), true, 14, ParagraphAlignment.CENTER);
            paragraph(doc, d.subtitle(), false, 12, ParagraphAlignment.CENTER);
            d.intro().forEach(p -> paragraph(doc, p, false, 12, ParagraphAlignment.BOTH));
            for (ReportDocument.Section s : d.sections()) {
                paragraph(doc, s.heading(), true, 12, ParagraphAlignment.LEFT);
                s.paragraphs().forEach(p -> paragraph(doc, p, false, 12, ParagraphAlignment.BOTH));
                if (s.table() != null && !s.table().rows().isEmpty()) {
                    table(doc, s.table());
                } else if (s.empty() != null) {
                    paragraph(doc, s.empty(), false, 12, ParagraphAlignment.LEFT);
                }
            }
            signature(doc, d);
            paragraph(doc, d.generatedNote(), false, 9, ParagraphAlignment.LEFT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The usual two-column head: the agency and the number left, the national motto and the date right. */
    private static void header(XWPFDocument doc, ReportDocument d) {
        XWPFTable t = borderless(doc, 2, 2);
        cell(t.getRow(0).getCell(0), d.agency(), true, ParagraphAlignment.CENTER);
        XWPFTableCell motto = t.getRow(0).getCell(1);
        cell(motto, d.nation(), true, ParagraphAlignment.CENTER);
        run(motto.addParagraph(), d.motto(), true, 12, ParagraphAlignment.CENTER).setUnderline(
                org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        cell(t.getRow(1).getCell(0), d.number(), false, ParagraphAlignment.CENTER);
        XWPFTableCell date = t.getRow(1).getCell(1);
        cell(date, d.placeAndDate(), false, ParagraphAlignment.CENTER);
        date.getParagraphs().get(0).getRuns().get(0).setItalic(true);
    }

    private static void signature(XWPFDocument doc, ReportDocument d) {
        XWPFTable t = borderless(doc, 1, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        cell(left, d.recipients().isEmpty() ? "" : d.recipientsLabel(), true, ParagraphAlignment.LEFT);
        d.recipients().forEach(r -> run(left.addParagraph(), "- " + r, false, 10, ParagraphAlignment.LEFT));
        XWPFTableCell right = t.getRow(0).getCell(1);
        cell(right, d.signatureTitle(), true, ParagraphAlignment.CENTER);
        run(right.addParagraph(), d.signatureNote(), false, 11, ParagraphAlignment.CENTER).setItalic(true);
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int cols) {
        XWPFTable t = doc.createTable(rows, cols);
        t.removeBorders();
        t.setWidth("100%");
        return t;
    }

    private static void table(XWPFDocument doc, ReportDocument.Table table) {
        XWPFTable t = doc.createTable(table.rows().size() + 1, table.header().size());
        t.setWidth("100%");
        t.setTableAlignment(TableRowAlign.CENTER);
        fill(t.getRow(0), table.header(), table.numeric(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(t.getRow(i + 1), table.rows().get(i), table.numeric(), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, List<Boolean> numeric, boolean bold) {
        for (int c = 0; c < values.size(); c++) {
            cell(row.getCell(c), values.get(c), bold, numeric.get(c) && !bold ? ParagraphAlignment.RIGHT
                    : ParagraphAlignment.LEFT);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        run(p, text, bold, 12, align);
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
        run(doc.createParagraph(), text, bold, size, align);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size, ParagraphAlignment align) {
        p.setAlignment(align);
        p.setSpacingAfter(60);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontFamily(WORD_FONT);
        r.setFontSize(size);
        return r;
    }

}
