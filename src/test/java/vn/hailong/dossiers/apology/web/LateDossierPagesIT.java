package vn.hailong.dossiers.apology.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.dossiers.apology.DossierRows;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The late list, the apology form as rendered (refused with readable messages, then issued, then submitted again and
 * refused), the letter as a page and as a PDF (rendered to PNG under /work/shots/apology), the report and its CSV;
 * another unit's staff get "not found". Wednesday 04/03/2026 09:00.
 */
@MicronautTest(transactional = false)
class LateDossierPagesIT {

    static final Path SHOTS = Path.of(System.getProperty("hailong.shots", "/work/shots/apology"));

    final MovableClock clock = MovableClock.at("2026-03-04T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    DossierRows dossiers;
    @Inject
    Sql sql;

    Unit ward;
    Unit centre;
    Actor officer;

    @BeforeEach
    void setUp() {
        clock.set("2026-03-04T09:00");
        ward = fixtures.commune("Phường Thuận Hòa Trễ Hạn");
        centre = fixtures.unitUnder(ward, "Trung tâm phục vụ hành chính công phường Thuận Hòa",
                UnitType.SERVICE_CENTRE_COMMUNE);
        officer = fixtures.staff(Role.OFFICER, centre, "Nguyễn Thị Một Cửa");
    }

    /** Queued apology SMS would be sent by a dispatcher in a later test class: none is left behind. */
    @AfterEach
    void forgetTheQueuedSms() {
        sql.update("DELETE FROM sms_outbox WHERE purpose = 'APOLOGY'");
    }

    private WebSession signedIn(Actor actor) {
        WebSession s = new WebSession(server);
        assertThat(s.signIn(actor.name(), Fixtures.STAFF_PASSWORD).status()).isEqualTo(303);
        return s;
    }

    @Test
    void an_officer_issues_the_apology_from_the_rendered_form_once_and_prints_it() throws Exception {
        String code = Fixtures.unique("000.00.12.H46-260302");
        long id = dossiers.open(centre, code, "2026-03-05T16:00", "0905123456");
        try (WebSession s = signedIn(officer)) {
            Document list = s.get("/ho-so/tre-han").html();
            assertThat(list.select("a[data-testid=nav-ho-so-tre-han]")).isNotEmpty();
            Element row = list.selectFirst("#late-dossiers tr[data-code=" + code + "]");
            assertThat(row.text()).contains("Đăng ký khai sinh", "16:00 05/03/2026", "17:00 04/03/2026",
                    "Sắp đến hạn gửi phiếu xin lỗi");
            String formPath = row.selectFirst("a[data-testid=issue]").attr("href");

            // refused: a Saturday, and no signer; what was typed is kept
            WebSession.Page refused = PageForm.open(s, formPath, "form[data-testid=apology-form]")
                    .set("reason", "Cần xác minh thông tin với Sở Tư pháp").set("newDate", "2026-03-07").submit();
            assertThat(refused.status()).isEqualTo(422);
            Document r = refused.html();
            assertThat(r.selectFirst("[data-testid=newDate-error]").text())
                    .isEqualTo("Ngày 07/03/2026 không phải ngày làm việc; hãy chọn một ngày làm việc.");
            assertThat(r.selectFirst("[data-testid=signerName-error]").text()).isEqualTo("Hãy ghi họ và tên người ký.");
            assertThat(r.selectFirst("textarea[name=reason]").text()).isEqualTo("Cần xác minh thông tin với Sở Tư pháp");
            assertThat(r.selectFirst("input[name=issuingUnit]").val())
                    .isEqualTo("Trung tâm phục vụ hành chính công phường Thuận Hòa");
            assertThat(r.selectFirst("[data-testid=apology-phone]").text()).contains("+8490*****56").doesNotContain("123");

            PageForm filled = PageForm.of(s, formPath, refused, "form[data-testid=apology-form]")
                    .set("newDate", "2026-03-12").set("signerName", "Trần Văn Bình")
                    .set("signerTitle", "Giám đốc");
            WebSession.Page issued = filled.submit();
            assertThat(issued.status()).as(issued.body()).isEqualTo(303);
            assertThat(issued.location()).isEqualTo(Links.letter(code));
            WebSession.Page letterPage = s.get(issued.location());
            assertThat(letterPage.byTestId("flash").text()).contains("Đã lập phiếu xin lỗi", code);

            // the same form again (a double click, a second tab): refused, nothing queued twice
            WebSession.Page again = filled.submit();
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.html().selectFirst("[data-testid=form-error]").text())
                    .contains("đã được hẹn lại một lần", "không quá một lần");
            assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key = ?", "apology:" + id))
                    .containsExactly("1");
            assertThat(sql.column("SELECT appointment_at FROM dossiers WHERE id = ?", id))
                    .containsExactly("2026-03-12 10:00:00");
            // the form now leads to the letter
            assertThat(s.get(formPath).location()).isEqualTo(Links.letter(code));

            Document letter = letterPage.html();
            assertThat(letter.selectFirst("[data-testid=apology-timeliness]").text())
                    .isEqualTo("Phiếu lập đúng hạn: hạn 17:00 04/03/2026, lập lúc 09:00 04/03/2026.");
            assertThat(letter.selectFirst("[data-testid=apology-letter]").text()).contains(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG THUẬN HÒA", "ngày 04 tháng 3 năm 2026",
                    "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mã hồ sơ: " + code, "Đăng ký khai sinh",
                    "Thời gian hẹn trả kết quả: 16:00 05/03/2026", "Lý do: Cần xác minh thông tin với Sở Tư pháp",
                    "vào ngày 12/03/2026", "GIÁM ĐỐC", "Trần Văn Bình", "/danh-gia?ma=" + code);
            assertThat(letter.selectFirst("[data-testid=apology-letter] img").attr("src")).startsWith("data:image/png;base64,");
            // re-scheduled to 12/03, beyond the horizon (09/03): off the list until the new date nears
            assertThat(s.get("/ho-so/tre-han").html().select("tr[data-code=" + code + "]")).isEmpty();

            Map.Entry<Integer, byte[]> pdf = s.download(letter.selectFirst("a[data-testid=apology-pdf]").attr("href"));
            assertThat(pdf.getKey()).isEqualTo(200);
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve("apology.pdf"), pdf.getValue());
            try (PDDocument doc = Loader.loadPDF(pdf.getValue())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                PDRectangle a4 = doc.getPage(0).getMediaBox();
                assertThat(Math.round(a4.getWidth())).isEqualTo(595);
                assertThat(Math.round(a4.getHeight())).isEqualTo(842);
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                        code, "Đăng ký khai sinh", "Cần xác minh thông tin với Sở Tư pháp", "12/03/2026",
                        "Trần Văn Bình");
                List<String> fonts = new ArrayList<>();
                for (var name : doc.getPage(0).getResources().getFontNames()) {
                    PDFont font = doc.getPage(0).getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
                assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVu") && f.endsWith("embedded"));
                ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 110), "png",
                        SHOTS.resolve("apology-pdf-page1.png").toFile());
            }
        }
        clock.set("2026-03-10T09:00");
        try (WebSession s = signedIn(officer)) {
            Element row = s.get("/ho-so/tre-han").html().selectFirst("tr[data-code=" + code + "]");
            assertThat(row.selectFirst("[data-testid=rescheduled]").text()).isEqualTo("Đã hẹn lại: 12/03/2026");
            assertThat(row.select("a[data-testid=issue]")).isEmpty();
            assertThat(row.selectFirst("a[data-testid=view]").attr("href")).isEqualTo(Links.letter(code));
        }
    }

    @Test
    void another_units_staff_get_not_found_and_handlers_no_page() {
        String code = Fixtures.unique("H46");
        dossiers.open(centre, code, "2026-03-05T16:00", null);
        Actor stranger = fixtures.staff(Role.UNIT_MANAGER, fixtures.commune("Phường Không Liên Quan"), "Quản Lý Lạ");
        try (WebSession s = signedIn(stranger)) {
            assertThat(s.get(Links.form(code)).status()).isEqualTo(404);
            assertThat(s.get(Links.letter(code)).status()).isEqualTo(404);
            assertThat(s.download(Links.pdf(code)).getKey()).isEqualTo(404);
            assertThat(s.get("/ho-so/tre-han").html().select("tr[data-code=" + code + "]")).isEmpty();
        }
        Actor handler = fixtures.staff(Role.HANDLER, ward, "Người Xử Lý Phản Ánh");
        try (WebSession s = signedIn(handler)) {
            assertThat(s.get("/ho-so/tre-han").status()).isEqualTo(403);
        }
    }

    @Test
    void the_report_per_unit_from_the_rendered_chooser_and_as_csv() {
        String apologised = Fixtures.unique("R");
        dossiers.open(centre, apologised, "2026-03-05T16:00", null);
        dossiers.open(centre, Fixtures.unique("R"), "2026-03-03T16:00", null);
        dossiers.insert(ward, Fixtures.unique("R"), "2026-03-02T08:00", "2026-03-03T10:00", "2026-03-04T08:00", null);
        try (WebSession s = signedIn(officer)) {
            assertThat(PageForm.open(s, Links.form(apologised), "form[data-testid=apology-form]")
                    .set("reason", "Chờ kết quả xác minh").set("newDate", "2026-03-10").set("signerName", "Trần Văn Bình")
                    .set("signerTitle", "Giám đốc").submit().status()).isEqualTo(303);
        }
        clock.set("2026-03-16T09:00");
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, ward, "Quản Lý Phường Thuận Hòa");
        try (WebSession s = signedIn(manager)) {
            assertThat(s.get("/bao-cao").html().select("a[data-testid=nav-bao-cao-ho-so-tre-han]")).isNotEmpty();
            WebSession.Page shown = PageForm.open(s, "/bao-cao/ho-so-tre-han", "form[data-testid=late-report-choice]")
                    .select("donVi", ward.code()).set("tuNgay", "2026-03-01").set("denNgay", "2026-03-31").submit();
            assertThat(shown.status()).isEqualTo(200);
            Document page = shown.html();
            Element wardRow = page.selectFirst("#late-report tr[data-unit=" + ward.code() + "]");
            Element centreRow = page.selectFirst("#late-report tr[data-unit=" + centre.code() + "]");
            assertThat(cells(wardRow)).isEqualTo("1 0 0 1 0,0%");
            assertThat(cells(centreRow)).isEqualTo("2 1 0 1 50,0%");
            assertThat(cells(page.selectFirst("#late-report tr[data-unit=total]"))).isEqualTo("3 1 0 2 33,3%");

            Map.Entry<Integer, byte[]> csv = s.download(page.selectFirst("a[data-testid=late-report-csv]").attr("href"));
            assertThat(csv.getKey()).isEqualTo(200);
            String text = new String(csv.getValue(), StandardCharsets.UTF_8);
            assertThat(text).contains("Đơn vị,Hồ sơ trễ hạn,Có phiếu xin lỗi đúng hạn",
                    "Trung tâm phục vụ hành chính công phường Thuận Hòa,2,1,0,1,50.0", "Tổng cộng,3,1,0,2,33.3");
            assertThat(s.download(page.selectFirst("a[data-testid=late-report-xlsx]").attr("href")).getKey())
                    .isEqualTo(200);

            WebSession.Page bad = PageForm.open(s, "/bao-cao/ho-so-tre-han", "form[data-testid=late-report-choice]")
                    .set("tuNgay", "2026-03-31").set("denNgay", "2026-03-01").submit();
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.html().selectFirst("[data-testid=to-error]")).isNull();
            assertThat(bad.html().selectFirst("[data-testid=form-errors]").text()).isNotEmpty();
        }
    }

    private static String cells(Element row) {
        return row.select("td").eachText().stream().reduce((a, b) -> a + " " + b).orElse("");
    }
}
