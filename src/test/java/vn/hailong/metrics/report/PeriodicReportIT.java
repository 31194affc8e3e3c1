package vn.hailong.metrics.report;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.metrics.Interval;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.web.WebSession;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A known data set (30 web ratings through the API: 24 satisfied, comments with a phone number and a name) read back
 * through the downloads: the tables as CSV and XLSX, the periodic report as a page, a PDF (rendered to an image under
 * /work/shots/reports) and a Word file; another unit's manager gets none of it.
 */
@MicronautTest(transactional = false)
class PeriodicReportIT {

    static final Path SHOTS = Path.of(System.getProperty("hailong.shots", "/work/shots/reports"));

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Clock clock;

    RatingWorld w;
    LocalDate day;
    int year;

    @BeforeEach
    void setUp() {
        Api api = new Api(server);
        w = new RatingWorld(fixtures, api);
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        day = today.getDayOfYear() > 2 ? today.minusDays(1) : today;
        year = day.getYear();
        String token = fixtures.token(Role.INTEGRATION, w.unit);
        List<String> comments = new ArrayList<>(List.of("Chờ lâu quá!", "Chờ lâu quá!", "Chờ lâu quá!", " chờ lâu   quá ",
                "chờ lâu quá.", "Gọi lại cho tôi 0905 123 456", "Chị Lan hướng dẫn nhiệt tình"));
        for (int i = 0; i < 30; i++) {
            int score = i < 24 ? (i % 2 == 0 ? 5 : 4) : (i < 27 ? 2 : 1);
            String reasons = i < 24 ? "[]" : i < 28 ? "[\"WAITING\"]" : "[\"ATTITUDE\"]";
            String comment = i < comments.size() ? ",\"comment\":\"" + comments.get(i) + "\"" : "";
            String body = """
                    {"score":%d,"channel":"WEB","unitCode":"%s","procedureCode":"%s","answers":{"S17-01":%d},
                     "reasons":%s,"submittedAt":"%sT09:%02d:00+07:00"%s}""".formatted(score, w.unit.code(), w.procedure,
                    score, reasons, day, i, comment);
            Api.Response r = api.send("POST", "/api/v1/ratings", token, body,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
    }

    WebSession manager() {
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, w.unit, "Trần Văn Quản Lý");
        WebSession session = new WebSession(server);
        session.signIn(manager.name(), Fixtures.STAFF_PASSWORD);
        return session;
    }

    String range() {
        return "?unit=" + w.unit.code() + "&from=" + LocalDate.of(year, 1, 1) + "&to=" + day;
    }

    @Test
    void the_sector_table_downloads_as_csv_and_xlsx_with_the_figures() throws Exception {
        Interval ci = Interval.wilson(24, 30);
        try (WebSession session = manager()) {
            Map.Entry<Integer, byte[]> csv = session.download("/bao-cao/xuat/sectors.csv" + range());
            assertThat(csv.getKey()).isEqualTo(200);
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(new ByteArrayInputStream(csv.getValue()), StandardCharsets.UTF_8))
                    .getRecords();
            assertThat(records).hasSize(1);
            CSVRecord sector = records.get(0);
            assertThat(sector.get(0)).isEqualTo(w.sector); // the BOM is not part of the first header
            assertThat(sector.get("Tên")).isEqualTo("Hộ tịch");
            assertThat(sector.get("Số lượt")).isEqualTo("30");
            assertThat(sector.get("Tỷ lệ hài lòng (%)")).isEqualTo("80.0");
            assertThat(sector.get("Khoảng tin cậy 95% - thấp (%)")).isEqualTo(String.valueOf(ci.low()));
            assertThat(sector.get("Khoảng tin cậy 95% - cao (%)")).isEqualTo(String.valueOf(ci.high()));
            assertThat(sector.get("Cỡ mẫu")).isEqualTo("đủ mẫu");
            assertThat(sector.get("Mục tiêu (%)")).isEqualTo("90.0");

            Map.Entry<Integer, byte[]> xlsx = session.download("/bao-cao/xuat/channels.xlsx" + range());
            assertThat(xlsx.getKey()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getValue()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(book.getSheetName(0)).isEqualTo("Kênh");
                Row head = sheet.getRow(0);
                assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Mã");
                assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Tỷ lệ hài lòng (%)");
                Row web = sheet.getRow(1);
                assertThat(web.getCell(0).getStringCellValue()).isEqualTo("WEB");
                assertThat(web.getCell(2).getNumericCellValue()).isEqualTo(30.0);
                assertThat(web.getCell(3).getNumericCellValue()).isEqualTo(80.0);
                assertThat(web.getCell(4).getNumericCellValue()).isEqualTo(ci.low());
                assertThat(web.getCell(7).getNumericCellValue()).as("online target").isEqualTo(80.0);
            }

            Map.Entry<Integer, byte[]> criteria = session.download("/bao-cao/xuat/criteria.xlsx" + range());
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(criteria.getValue()))) {
                Sheet sheet = book.getSheetAt(0);
                Row first = null;
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    if (sheet.getRow(i).getCell(0).getStringCellValue().equals("S17-01")) {
                        first = sheet.getRow(i);
                    }
                }
                assertThat(first).isNotNull();
                assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(30.0);
                assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(80.0);
            }
            Map.Entry<Integer, byte[]> officers = session.download("/bao-cao/xuat/officers.csv" + range());
            assertThat(officers.getKey()).isEqualTo(200);
            assertThat(session.download("/bao-cao/xuat/nothing.csv" + range()).getKey()).isEqualTo(404);
            assertThat(session.download("/bao-cao/xuat/sectors.pdf" + range()).getKey()).isEqualTo(404);
        }
    }

    @Test
    void a_unit_manager_cannot_export_or_report_on_another_unit() {
        Actor other = fixtures.staff(Role.UNIT_MANAGER, fixtures.commune("Xã Khác " + UUID.randomUUID()), "Lê Thị Khác");
        try (WebSession session = new WebSession(server)) {
            session.signIn(other.name(), Fixtures.STAFF_PASSWORD);
            assertThat(session.download("/bao-cao/xuat/sectors.csv" + range()).getKey()).isEqualTo(404);
            assertThat(session.download("/bao-cao/xuat/units.xlsx" + range()).getKey()).isEqualTo(404);
            String report = "?unit=" + w.unit.code() + "&kind=YEAR&year=" + year;
            assertThat(session.download("/bao-cao/dinh-ky.pdf" + report).getKey()).isEqualTo(404);
            assertThat(session.download("/bao-cao/dinh-ky.docx" + report).getKey()).isEqualTo(404);
            assertThat(session.get("/bao-cao/dinh-ky" + report).status()).isEqualTo(404);
        }
        Actor handler = fixtures.staff(Role.HANDLER, w.unit, "Phạm Văn Xử Lý");
        try (WebSession session = new WebSession(server)) {
            session.signIn(handler.name(), Fixtures.STAFF_PASSWORD);
            assertThat(session.download("/bao-cao/xuat/sectors.csv" + range()).getKey()).isEqualTo(403);
        }
    }

    @Test
    void the_periodic_report_as_a_page_a_pdf_and_a_word_file() throws Exception {
        String report = "?unit=" + w.unit.code() + "&kind=YEAR&year=" + year;
        try (WebSession session = manager()) {
            WebSession.Page page = session.get("/bao-cao/dinh-ky" + report);
            assertThat(page.status()).isEqualTo(200);
            Document html = page.html();
            String text = html.selectFirst("[data-testid=report-document]").text();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    w.unit.name().toUpperCase(java.util.Locale.forLanguageTag("vi")), "Tỷ lệ hài lòng chung", "80,0%",
                    "≥ 90%", "Chưa đạt", "Hộ tịch", "Thời gian chờ", "chờ lâu quá", "gọi lại cho tôi ***",
                    "chị *** hướng dẫn nhiệt tình", "THỦ TRƯỞNG ĐƠN VỊ", "10/11/" + year, "25/11/" + year);
            assertThat(text).doesNotContain("0905", "123 456", "Chị Lan");
            assertThat(html.select("tr").stream().filter(r -> r.text().startsWith("chờ lâu quá")).findFirst()
                    .orElseThrow().text()).isEqualTo("chờ lâu quá 5");
            // the page's form is the way to another report: it offers the unit, the kinds and the years
            assertThat(html.select("select#kind option").eachAttr("value")).contains("Q1", "H1", "M9", "YEAR");
            assertThat(html.selectFirst("a[data-testid=report-pdf]").attr("href")).startsWith("/bao-cao/dinh-ky.pdf?");

            Map.Entry<Integer, byte[]> pdf = session.download(html.selectFirst("a[data-testid=report-pdf]").attr("href"));
            assertThat(pdf.getKey()).isEqualTo(200);
            try (PDDocument doc = Loader.loadPDF(pdf.getValue())) {
                String pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(pdfText).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tỷ lệ hài lòng chung", "80,0%",
                        "chờ lâu quá");
                List<String> fonts = new ArrayList<>();
                for (var name : doc.getPage(0).getResources().getFontNames()) {
                    PDFont font = doc.getPage(0).getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
                assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVu") && f.endsWith("embedded"));
                Files.createDirectories(SHOTS);
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    ImageIO.write(renderer.renderImageWithDPI(p, 110), "png",
                            SHOTS.resolve("periodic-report-pdf-page" + (p + 1) + ".png").toFile());
                }
            }

            Map.Entry<Integer, byte[]> docx = session.download(html.selectFirst("a[data-testid=report-docx]").attr("href"));
            assertThat(docx.getKey()).isEqualTo(200);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getValue()));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                String words = extractor.getText();
                assertThat(words).contains("BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tỷ lệ hài lòng chung",
                        "80,0%", "THỦ TRƯỞNG ĐƠN VỊ").doesNotContain("0905");
                assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("BÁO CÁO"))).isTrue();
                Files.write(SHOTS.resolve("periodic-report.docx"), docx.getValue());
            }
        }
    }

    @Test
    void a_year_without_the_period_yet_is_a_readable_error() {
        try (WebSession session = manager()) {
            WebSession.Page page = session.get("/bao-cao/dinh-ky?unit=" + w.unit.code() + "&kind=YEAR&year=" + (year + 1));
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.html().selectFirst("[data-testid=form-errors]")).isNotNull();
            assertThat(page.html().selectFirst("[data-testid=year-error]").text()).contains(String.valueOf(year + 1));
            assertThat(page.html().selectFirst("[data-testid=report-document]")).isNull();
        }
    }
}
