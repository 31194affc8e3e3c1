package vn.hailong.metrics.report.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A periodic report in words, as the printable page, the PDF and the Word file all show it: the administrative
 * header, the title, sections of paragraphs and tables, and the signature block. Every figure is already written
 * out ("90,4%", "chưa đủ mẫu", "chưa có dữ liệu"), so the three forms cannot disagree.
 */
@Introspected
public record ReportDocument(String agency, String nation, String motto, String number, String placeAndDate, String title, String subtitle,
                             List<String> intro, List<Section> sections, String signatureTitle, String signatureNote,
                             String recipientsLabel, List<String> recipients, String generatedNote) {

    /** {@code table} is null for a section of paragraphs only; {@code empty} is shown when the table has no row. */
    @Introspected
    public record Section(String heading, List<String> paragraphs, @Nullable Table table, @Nullable String empty) {
    }

    /** {@code numeric}: which columns hold figures (right-aligned). */
    @Introspected
    public record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) {
    }
}
