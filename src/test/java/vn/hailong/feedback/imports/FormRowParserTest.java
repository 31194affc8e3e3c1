package vn.hailong.feedback.imports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hailong.feedback.ApplicantType;
import vn.hailong.shared.errors.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormRowParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final List<String> CRITERIA = List.of("S17-01", "S17-02", "S17-10");

    private static FormSheet csv(String text) {
        return FormSheet.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<FormRowParser.Parsed> parse(String text) {
        FormSheet sheet = csv(text);
        FormHeader header = FormHeader.read(sheet.header(), "SIPAS-2017", CRITERIA);
        assertThat(header.problems()).isEmpty();
        FormRowParser parser = new FormRowParser(header, TODAY);
        return sheet.lines().stream().map(parser::parse).toList();
    }

    private static List<String> keys(FormRowParser.Parsed parsed) {
        return parsed.problems().stream().map(p -> p.column() + " " + p.problem().key()).toList();
    }

    @Test
    void a_complete_row_becomes_a_form_with_its_criterion_answers() {
        var parsed = parse("""
                formNo,unitCode,surveyDate,procedureCode,officerCode,counterCode,applicantType,score,S17-01,S17-02,s17-10,comment
                PKS-0001,X1,2026-11-30,TT1,CB1,Q1,cá nhân,4,5,,3,"Cán bộ tận tình, chu đáo"
                """);
        assertThat(parsed).hasSize(1);
        PaperForm form = parsed.get(0).form();
        assertThat(form.row()).isEqualTo(2);
        assertThat(form.formNo()).isEqualTo("PKS-0001");
        assertThat(form.unitCode()).isEqualTo("X1");
        assertThat(form.surveyDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(form.procedureCode()).isEqualTo("TT1");
        assertThat(form.officerCode()).isEqualTo("CB1");
        assertThat(form.counterCode()).isEqualTo("Q1");
        assertThat(form.applicantType()).isEqualTo(ApplicantType.INDIVIDUAL);
        assertThat(form.score()).isEqualTo(4);
        assertThat(form.answers()).isEqualTo(Map.of("S17-01", 5, "S17-10", 3));
        assertThat(form.comment()).isEqualTo("Cán bộ tận tình, chu đáo");
    }

    @Test
    void optional_columns_may_be_absent_and_a_vietnamese_date_and_semicolons_are_read() {
        var parsed = parse("""
                formNo;unitCode;surveyDate;score
                7;X1;05/01/2025;5
                """);
        PaperForm form = parsed.get(0).form();
        assertThat(form.surveyDate()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(form.applicantType()).isNull();
        assertThat(form.answers()).isEmpty();
        assertThat(form.comment()).isNull();
    }

    @Test
    void every_problem_of_a_row_is_reported_with_its_column() {
        var parsed = parse("""
                formNo,unitCode,surveyDate,applicantType,score,S17-01,S17-02
                ,,2026-12-03,hộ gia đình,6,0,x
                """);
        assertThat(parsed.get(0).ok()).isFalse();
        assertThat(keys(parsed.get(0))).containsExactly(
                "formNo feedback.formImport.error.required",
                "unitCode feedback.formImport.error.required",
                "surveyDate feedback.formImport.error.future",
                "score feedback.formImport.error.score",
                "applicantType feedback.formImport.error.applicantType",
                "S17-01 feedback.formImport.error.score",
                "S17-02 feedback.formImport.error.score");
        assertThat(parsed.get(0).problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(2));
    }

    @Test
    void today_is_allowed_a_date_before_the_first_storable_day_or_not_a_date_is_not() {
        var parsed = parse("""
                formNo,unitCode,surveyDate,score
                1,X1,2026-12-02,3
                2,X1,31/12/2023,3
                3,X1,hôm qua,3
                4,X1,2026-02-30,3
                """);
        assertThat(parsed.get(0).ok()).isTrue();
        assertThat(keys(parsed.get(1))).containsExactly("surveyDate feedback.formImport.error.tooEarly");
        assertThat(keys(parsed.get(2))).containsExactly("surveyDate feedback.formImport.error.date");
        assertThat(keys(parsed.get(3))).containsExactly("surveyDate feedback.formImport.error.date");
    }

    @Test
    void a_missing_score_is_required_and_a_blank_line_is_no_form() {
        var parsed = parse("formNo,unitCode,surveyDate,score\n1,X1,2026-12-01,\n,,,\n\n2,X1,2026-12-01,5\n");
        assertThat(parsed).hasSize(2);
        assertThat(keys(parsed.get(0))).containsExactly("score feedback.formImport.error.required");
        assertThat(parsed.get(1).form().row()).isEqualTo(5);
    }

    @Test
    void applicant_types_are_read_as_clerks_write_them() {
        assertThat(FormRowParser.applicantType("Cá nhân")).isEqualTo(ApplicantType.INDIVIDUAL);
        assertThat(FormRowParser.applicantType("ca nhan")).isEqualTo(ApplicantType.INDIVIDUAL);
        assertThat(FormRowParser.applicantType("INDIVIDUAL")).isEqualTo(ApplicantType.INDIVIDUAL);
        assertThat(FormRowParser.applicantType("Tổ chức, doanh nghiệp")).isEqualTo(ApplicantType.ORGANISATION);
        assertThat(FormRowParser.applicantType("Doanh nghiệp")).isEqualTo(ApplicantType.ORGANISATION);
        assertThat(FormRowParser.applicantType("organization")).isEqualTo(ApplicantType.ORGANISATION);
        assertThat(FormRowParser.applicantType("khác")).isNull();
    }

    @Test
    void a_row_longer_than_the_header_is_refused() {
        var parsed = parse("formNo,unitCode,surveyDate,score\n1,X1,2026-12-01,5,thừa\n");
        assertThat(keys(parsed.get(0))).containsExactly("null feedback.formImport.error.extraCells");
    }

    @Test
    void the_header_names_what_is_missing_doubled_or_not_a_criterion_of_the_instrument() {
        FormSheet sheet = csv("formNo,unitCode,score,S17-01,S17-99,s17-01,,comment\n1,X1,5,5,5,5,,\n");
        FormHeader header = FormHeader.read(sheet.header(), "SIPAS-2017", CRITERIA);
        assertThat(header.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.problem().key())
                .containsExactly(
                        "1 S17-99 feedback.formImport.error.unknownColumn",
                        "1 s17-01 feedback.formImport.error.duplicateColumn",
                        "1 null feedback.formImport.error.blankHeader",
                        "1 surveyDate feedback.formImport.error.missingColumn");
        assertThat(header.problems().get(0).problem().args()).containsExactly("S17-99", "SIPAS-2017");
    }

    @Test
    void an_xlsx_sheet_reads_date_cells_whole_numbers_and_text_like_a_csv_file() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Phiếu");
            Row head = sheet.createRow(0);
            String[] names = {"formNo", "unitCode", "surveyDate", "score", "S17-01", "comment"};
            for (int i = 0; i < names.length; i++) {
                head.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(2); // row 2 of the spreadsheet left empty
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(0).setCellValue(12);
            row.createCell(1).setCellValue("X1");
            row.createCell(2).setCellValue(LocalDate.of(2026, 3, 8));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(5);
            row.createCell(4).setCellValue(4.0);
            row.createCell(5).setCellValue("Tốt");
            book.write(out);
            xlsx = out.toByteArray();
        }
        FormSheet sheet = FormSheet.read(new ByteArrayInputStream(xlsx));
        FormHeader header = FormHeader.read(sheet.header(), "SIPAS-2017", CRITERIA);
        PaperForm form = new FormRowParser(header, TODAY).parse(sheet.lines().get(0)).form();
        assertThat(form.row()).isEqualTo(3);
        assertThat(form.formNo()).isEqualTo("12");
        assertThat(form.surveyDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(form.score()).isEqualTo(5);
        assertThat(form.answers()).isEqualTo(Map.of("S17-01", 4));
        assertThat(form.comment()).isEqualTo("Tốt");
    }

    @Test
    void a_file_that_is_neither_utf8_csv_nor_xlsx_is_refused_as_a_whole() {
        assertThatThrownBy(() -> FormSheet.read(new ByteArrayInputStream(new byte[]{'a', (byte) 0xC3, '\n'})))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("notUtf8");
        assertThatThrownBy(() -> FormSheet.read(new ByteArrayInputStream(new byte[]{'P', 'K', 3, 4, 0, 0})))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("unreadable");
        assertThatThrownBy(() -> FormSheet.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("empty");
    }
}
