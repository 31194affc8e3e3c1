package vn.hailong.feedback.imports.web;

import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@MicronautTest(transactional = false)
class SurveyFormImportPageIT {

    private static final String PAGE = "/quan-tri/nhap-phieu-khao-sat";
    private static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    SectorRegistry sectors;
    @Inject
    ProcedureRegistry procedures;
    @Inject
    CounterRegistry counters;
    @Inject
    OfficerRegistry officers;
    @Inject
    SatisfactionFigures figures;

    private final LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);

    /** A commune with a counter, an officer at it and a procedure. */
    private record Place(Unit unit, Counter counter, Officer officer, Procedure procedure) {
    }

    private Place place(String name) {
        Unit unit = fixtures.commune(name);
        String sector = Fixtures.unique("LV");
        sectors.createTrusted(new SectorDraft(sector, "Hộ tịch", null));
        Procedure procedure = procedures.createTrusted(new ProcedureDraft(Fixtures.unique("TT"),
                "Đăng ký khai sinh", sector, 1));
        Counter counter = counters.createTrusted(new CounterDraft(Fixtures.unique("Q"), "Quầy 1", unit.code()));
        Officer officer = officers.createTrusted(new OfficerDraft(Fixtures.unique("CB"), "Nguyễn Thị Hoa", null,
                unit.code(), counter.code()));
        return new Place(unit, counter, officer, procedure);
    }

    private WebSession signedIn(Role role, Unit unit) {
        Actor actor = fixtures.staff(role, unit, "Trần Văn Nhập");
        WebSession session = new WebSession(server);
        assertThat(session.signIn(actor.name(), Fixtures.STAFF_PASSWORD).status()).isEqualTo(303);
        return session;
    }

    private static WebSession.Page upload(WebSession session, String filename, MediaType type, byte[] content) {
        return PageForm.open(session, PAGE, "form[data-testid=form-import-form]").attach("file", filename, type, content)
                .submit();
    }

    private static WebSession.Page uploadCsv(WebSession session, String csv) {
        return upload(session, "phieu.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Phiếu");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private List<String> stored(Unit unit) {
        return sql.column("SELECT CONCAT_WS('|', idempotency_key, channel, score, local_date, IFNULL(officer_id, '-'),"
                + " IFNULL(counter_id, '-'), IFNULL(procedure_id, '-'), IFNULL(comment, '-'), idempotency_scope, flagged,"
                + " IFNULL(applicant_type, '-'), IFNULL(instrument_code, '-'))"
                + " FROM ratings WHERE unit_id = ? ORDER BY idempotency_key", unit.id());
    }

    private List<String> answers(Unit unit) {
        return sql.column("SELECT CONCAT(r.idempotency_key, ' ', a.criterion_code, '=', a.score) FROM rating_answers a"
                + " JOIN ratings r ON r.id = a.rating_id WHERE r.unit_id = ? ORDER BY 1", unit.id());
    }

    private static String summary(WebSession.Page page) {
        return page.byTestId("form-import-summary").text();
    }

    @Test
    void csv_and_xlsx_forms_are_stored_with_their_answers_and_a_form_is_never_stored_twice() throws IOException {
        Place p = place("Phường Vĩnh Ninh");
        String u = p.unit().code();
        String csv = """
                formNo,unitCode,surveyDate,procedureCode,officerCode,counterCode,applicantType,score,S17-01,S17-10,comment
                PKS-1,%s,%s,%s,%s,,cá nhân,5,5,4,"Cán bộ tận tình, chu đáo"
                pks-2,%s,%s,,,%s,"tổ chức, doanh nghiệp",2,,1,
                """.formatted(u, yesterday, p.procedure().code(), p.officer().code(), u, "01/03/2025", p.counter().code());
        try (WebSession admin = signedIn(Role.ADMIN, fixtures.province())) {
            WebSession.Page first = uploadCsv(admin, csv);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(summary(first)).isEqualTo("Tệp có 2 phiếu: đã lưu 2, đã có từ trước 0, lỗi 0.");
            assertThat(first.html().select("#form-import-lines")).isEmpty();

            List<String> rows = stored(p.unit());
            assertThat(rows).containsExactly(
                    "import:" + u + ":PKS-1|IMPORT|5|" + yesterday + "|" + p.officer().id() + "|" + p.counter().id()
                            + "|" + p.procedure().id() + "|Cán bộ tận tình, chu đáo|history|0|INDIVIDUAL|SIPAS-2017",
                    "import:" + u + ":PKS-2|IMPORT|2|2025-03-01|-|" + p.counter().id() + "|-|-|history|0|ORGANISATION|SIPAS-2017");
            assertThat(answers(p.unit())).containsExactly(
                    "import:" + u + ":PKS-1 S17-01=5", "import:" + u + ":PKS-1 S17-10=4", "import:" + u + ":PKS-2 S17-10=1");

            // the figures count them: by channel and by applicant, over the survey dates
            Actor reader = new Actor(Actor.Kind.USER, 0, "test", Role.ADMIN, fixtures.province().id(), null);
            assertThat(figures.groups(reader, u, LocalDate.of(2025, 3, 1), yesterday, Grouping.APPLICANT, false))
                    .extracting(GroupFigure::key, g -> g.scores().n())
                    .containsExactlyInAnyOrder(tuple("INDIVIDUAL", 1L), tuple("ORGANISATION", 1L));
            assertThat(figures.groups(reader, u, LocalDate.of(2025, 3, 1), yesterday, Grouping.CHANNEL, false))
                    .extracting(GroupFigure::key, g -> g.scores().n()).containsExactly(tuple("IMPORT", 2L));

            WebSession.Page again = uploadCsv(admin, csv);
            assertThat(again.status()).isEqualTo(200);
            assertThat(summary(again)).isEqualTo("Tệp có 2 phiếu: đã lưu 0, đã có từ trước 2, lỗi 0.");
            assertThat(again.html().select("#form-import-lines tr[data-status=EXISTING]")).hasSize(2);
            assertThat(again.html().selectFirst("#form-import-lines tr[data-row=3] td.wrap").text())
                    .isEqualTo("Phiếu số pks-2 của đơn vị " + u + " đã được nhập trước đây; không lưu lại.");
            assertThat(stored(p.unit())).isEqualTo(rows);

            // the same form numbers in an Excel file, in another case, plus a new one: only the new one is stored
            byte[] book = xlsx(List.of(
                    List.of("formNo", "unitCode", "surveyDate", "score", "S17-05"),
                    List.of("pks-1", u, yesterday.toString(), 5, 5),
                    List.of(3, u, yesterday.toString(), 4, 3)));
            WebSession.Page excel = upload(admin, "phieu.xlsx", XLSX, book);
            assertThat(excel.status()).as(excel.body()).isEqualTo(200);
            assertThat(summary(excel)).isEqualTo("Tệp có 2 phiếu: đã lưu 1, đã có từ trước 1, lỗi 0.");
            assertThat(stored(p.unit())).hasSize(3).contains("import:" + u + ":3|IMPORT|4|" + yesterday + "|-|-|-|-|history|0|-|SIPAS-2017");
            assertThat(answers(p.unit())).contains("import:" + u + ":3 S17-05=3").hasSize(4);
        }
    }

    @Test
    void one_bad_row_stores_nothing_and_the_report_says_where_and_what() {
        Place p = place("Xã Phú Mậu");
        String u = p.unit().code();
        String csv = """
                formNo,unitCode,surveyDate,officerCode,score,S17-01
                A1,%s,%s,,5,5
                A2,%s,%s,KHONG-CO,7,4
                A1,%s,%s,,4,
                A4,%s,%s,,4,
                """.formatted(u, yesterday, u, yesterday, u, yesterday, u, yesterday.plusDays(2));
        try (WebSession admin = signedIn(Role.ADMIN, fixtures.province())) {
            WebSession.Page page = uploadCsv(admin, csv);
            assertThat(page.status()).isEqualTo(422);
            assertThat(summary(page)).isEqualTo("Chưa lưu phiếu nào: tệp có 4 phiếu, 3 dòng lỗi (0 phiếu đã có từ trước).");
            Document html = page.html();
            List<String> lines = html.select("#form-import-lines tbody tr").stream()
                    .map(tr -> tr.attr("data-row") + " " + tr.attr("data-column") + " " + tr.select("td").get(4).text())
                    .toList();
            assertThat(lines).containsExactly(
                    "3 score Điểm 7 ở cột score không hợp lệ; ghi một số từ 1 đến 5 hoặc để trống.",
                    "4 formNo Số phiếu A1 trùng với dòng 2 của cùng đơn vị trong tệp này.",
                    "5 surveyDate Ngày khảo sát " + yesterday.plusDays(2) + " là ngày trong tương lai.");
            assertThat(html.selectFirst("#form-import-lines tr[data-row=3] td").text()).isEqualTo("Dòng 3");

            // score fixed: the unknown officer is what remains of row 3
            WebSession.Page second = uploadCsv(admin, csv.replace(",7,", ",3,"));
            assertThat(second.html().select("#form-import-lines tr[data-row=3]")).extracting(e -> e.attr("data-column"),
                    e -> e.select("td").get(4).text()).containsExactly(org.assertj.core.groups.Tuple.tuple("officerCode",
                    "Đơn vị " + u + " không có cán bộ mã KHONG-CO."));
        }
        assertThat(stored(p.unit())).isEmpty();
    }

    @Test
    void a_unit_manager_imports_for_their_unit_only_and_an_unknown_criterion_column_is_reported_on_row_1() {
        Place mine = place("Phường Thuận Hoá");
        Place other = place("Phường Phú Xuân");
        try (WebSession manager = signedIn(Role.UNIT_MANAGER, mine.unit())) {
            WebSession.Page page = uploadCsv(manager, """
                    formNo,unitCode,surveyDate,score
                    1,%s,%s,5
                    2,%s,%s,5
                    3,KHONG-CO-DON-VI,%s,5
                    """.formatted(mine.unit().code(), yesterday, other.unit().code(), yesterday, yesterday));
            assertThat(page.status()).isEqualTo(422);
            Document html = page.html();
            assertThat(html.selectFirst("#form-import-lines tr[data-row=3] td.wrap").text())
                    .startsWith("Đơn vị " + other.unit().code() + " không thuộc phạm vi bạn quản lý");
            assertThat(html.selectFirst("#form-import-lines tr[data-row=4] td.wrap").text())
                    .isEqualTo("Không có đơn vị mã KHONG-CO-DON-VI trong danh mục.");

            WebSession.Page header = uploadCsv(manager, "formNo,unitCode,surveyDate,score,S99-01\n1,"
                    + mine.unit().code() + "," + yesterday + ",5,5\n");
            assertThat(header.html().select("#form-import-lines tbody tr")).extracting(e -> e.attr("data-row"),
                    e -> e.attr("data-column")).containsExactly(org.assertj.core.groups.Tuple.tuple("1", "S99-01"));
            assertThat(header.html().selectFirst("#form-import-lines td.wrap").text()).contains("SIPAS-2017");

            // the manager finds the page under reports
            assertThat(manager.get("/").html().select("[data-section=REPORTS] a[href=" + PAGE + "]")).hasSize(1);
        }
        assertThat(stored(mine.unit())).isEmpty();
        assertThat(stored(other.unit())).isEmpty();
    }

    @Test
    void the_templates_carry_the_instrument_criteria_and_the_xlsx_one_imports_as_it_is() throws IOException {
        Place p = place("Phường Hương Sơ");
        try (WebSession manager = signedIn(Role.UNIT_MANAGER, p.unit())) {
            Document page = manager.get(PAGE).html();
            assertThat(page.select("[data-testid=form-columns] dt code")).extracting(Element::text)
                    .startsWith("formNo", "unitCode", "surveyDate").contains("comment");
            assertThat(page.select(".criteria-list li")).hasSize(22);

            String csvHref = page.selectFirst("[data-testid=form-templates] a[data-format=csv]").attr("href");
            Map.Entry<Integer, byte[]> csv = manager.download(csvHref);
            assertThat(csv.getKey()).isEqualTo(200);
            List<String> csvLines = new String(csv.getValue(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
            assertThat(csvLines).hasSize(2);
            assertThat(csvLines.get(0)).startsWith("formNo,unitCode,surveyDate,procedureCode,officerCode,counterCode,"
                    + "applicantType,score,S17-01,S17-02").endsWith("S17-22,comment");
            assertThat(csvLines.get(1)).startsWith("VD-0001," + p.unit().code() + "," + yesterday);

            String xlsxHref = page.selectFirst("[data-testid=form-templates] a[data-format=xlsx]").attr("href");
            Map.Entry<Integer, byte[]> xlsx = manager.download(xlsxHref);
            assertThat(xlsx.getKey()).isEqualTo(200);
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getValue()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("S17-01");
                assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(5.0);
            }
            WebSession.Page imported = upload(manager, "mau.xlsx", XLSX, xlsx.getValue());
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(summary(imported)).isEqualTo("Tệp có 1 phiếu: đã lưu 1, đã có từ trước 0, lỗi 0.");
        }
        assertThat(answers(p.unit())).hasSize(22);
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_explained_next_to_the_file_field() {
        try (WebSession admin = signedIn(Role.ADMIN, fixtures.province())) {
            WebSession.Page page = upload(admin, "anh.png", MediaType.IMAGE_PNG_TYPE, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF});
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.byTestId("file-error").text()).startsWith("Tệp CSV không phải mã UTF-8");
            assertThat(page.byTestId("form-import-report")).isNull();
        }
    }
}
