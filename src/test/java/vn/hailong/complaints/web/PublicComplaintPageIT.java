package vn.hailong.complaints.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.Unit;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The citizen's form /phan-anh as rendered, submitted the way a browser does (multipart, with real files). */
@MicronautTest(transactional = false)
@Property(name = "hailong.complaints.attachments.max-bytes", value = "40000")
class PublicComplaintPageIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    private static PageForm filled(WebSession citizen, Unit unit, String text) {
        return PageForm.open(citizen, "/phan-anh", "form[data-testid=complaint-form]")
                .check("kind", "PHAN_ANH", true)
                .select("unitCode", unit.code())
                .set("text", text)
                .set("citizenName", "Trần Thị Bình")
                .set("phone", "0912 345 678");
    }

    private int complaintsWith(String text) {
        return Integer.parseInt(sql.column("SELECT COUNT(*) FROM complaints WHERE text = ?", text).get(0));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_complaint_with_a_photo_and_a_pdf_is_filed_with_both_and_the_receipt_shows_code_and_due_date() throws Exception {
        Unit unit = fixtures.commune("Phường Thuận Hóa " + Fixtures.unique("p"));
        String text = "Quầy hộ tịch đóng cửa lúc 15 giờ " + Fixtures.unique("t");
        byte[] png = TestFiles.png();
        byte[] pdf = TestFiles.pdf();
        try (WebSession citizen = new WebSession(server)) {
            WebSession.Page page = filled(citizen, unit, text).check("contactRequested", true)
                    .check("urgency", "KHAN", true)
                    .attach("attachment1", "ảnh quầy.png", MediaType.IMAGE_PNG_TYPE, png)
                    .attach("attachment2", "C:\\Users\\dan\\giay-hen.pdf", MediaType.APPLICATION_PDF_TYPE, pdf)
                    .submit();
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            Document html = page.html();
            String code = html.selectFirst("[data-testid=tracking-code]").text();
            assertThat(code).matches("PA-2026-[A-Z0-9]+|PA-\\d{4}-[A-Z0-9]+");
            assertThat(html.selectFirst("[data-testid=due]").text()).startsWith("Hạn trả lời theo quy định:")
                    .containsPattern("\\d{2}:\\d{2}, (thứ [A-ZĐa-zăâêôơưàáảãạ ]+|Chủ nhật), ngày \\d{2}/\\d{2}/\\d{4}");
            assertThat(html.selectFirst("[data-testid=receipt-track]").attr("href")).isEqualTo("/tra-cuu");
            assertThat(html.selectFirst("[data-testid=receipt-confidential]")).isNull();

            assertThat(sql.column("SELECT CONCAT(channel, ' ', urgency, ' ', contact_requested) FROM complaints WHERE tracking_code = ?", code))
                    .containsExactly("WEB KHAN 1");
            List<String> stored = sql.column("""
                    SELECT CONCAT(a.position, ' ', a.filename, ' ', a.content_type, ' ', a.size_bytes, ' ', a.sha256)
                    FROM complaint_attachments a JOIN complaints c ON c.id = a.complaint_id
                    WHERE c.tracking_code = ? ORDER BY a.position""", code);
            assertThat(stored).containsExactly(
                    "1 ảnh quầy.png image/png " + png.length + " " + sha256(png),
                    "2 giay-hen.pdf application/pdf " + pdf.length + " " + sha256(pdf));
        }
    }

    @Test
    void a_text_file_named_png_refuses_the_whole_submission_and_keeps_what_was_typed() {
        Unit unit = fixtures.commune("Xã Phú Vang " + Fixtures.unique("p"));
        String text = "Cán bộ yêu cầu nộp thêm giấy tờ không có trong quy định " + Fixtures.unique("t");
        try (WebSession citizen = new WebSession(server)) {
            WebSession.Page page = filled(citizen, unit, text)
                    .attach("attachment1", "anh.png", MediaType.IMAGE_PNG_TYPE, TestFiles.png())
                    .attach("attachment2", "hoa-don.png", MediaType.IMAGE_PNG_TYPE,
                            "<script>alert(1)</script> not a picture".getBytes(StandardCharsets.UTF_8))
                    .submit();
            assertThat(page.status()).isEqualTo(422);
            Document html = page.html();
            assertThat(html.selectFirst("[data-testid=attachment2-error]").text())
                    .isEqualTo("Tệp \"hoa-don.png\" không phải ảnh (JPEG, PNG, WebP) hay PDF; hãy chọn tệp khác.");
            assertThat(html.selectFirst("[data-testid=attachment1-error]")).isNull();
            assertThat(html.selectFirst("textarea[name=text]").text()).isEqualTo(text);
            assertThat(html.selectFirst("input[name=citizenName]").val()).isEqualTo("Trần Thị Bình");
            assertThat(html.selectFirst("select[name=unitCode] option[selected]").val()).isEqualTo(unit.code());
            assertThat(html.selectFirst("[data-testid=files-again]")).isNotNull();
        }
        assertThat(complaintsWith(text)).isZero();
    }

    @Test
    void a_file_over_the_size_limit_is_refused_beside_its_field() {
        Unit unit = fixtures.commune("Xã Quảng Điền " + Fixtures.unique("p"));
        String text = "Ảnh chụp hàng chờ quá dài " + Fixtures.unique("t");
        try (WebSession citizen = new WebSession(server)) {
            WebSession.Page page = filled(citizen, unit, text)
                    .attach("attachment1", "hang-cho.png", MediaType.IMAGE_PNG_TYPE, TestFiles.pngOfSize(60_000))
                    .submit();
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.byTestId("attachment1-error").text()).startsWith("Tệp \"hang-cho.png\" lớn hơn 39 KB")
                    .doesNotContain("{");
        }
        assertThat(complaintsWith(text)).isZero();
    }

    @Test
    void a_filled_honeypot_gets_a_receipt_and_nothing_is_stored() {
        Unit unit = fixtures.commune("Phường Hương Thủy " + Fixtures.unique("p"));
        String text = "Mua thuốc giá rẻ tại đây " + Fixtures.unique("t");
        try (WebSession bot = new WebSession(server)) {
            WebSession.Page page = filled(bot, unit, text).set(PublicComplaintController.HONEYPOT, "http://spam.example")
                    .submit();
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.byTestId("tracking-code").text()).startsWith("PA-");
        }
        assertThat(complaintsWith(text)).isZero();
    }

    @Test
    void submitting_the_same_form_twice_files_once_and_shows_the_same_code() {
        Unit unit = fixtures.commune("Phường Phú Xuân " + Fixtures.unique("p"));
        String text = "Bấm gửi hai lần " + Fixtures.unique("t");
        try (WebSession citizen = new WebSession(server)) {
            PageForm form = filled(citizen, unit, text)
                    .attach("attachment1", "anh.png", MediaType.IMAGE_PNG_TYPE, TestFiles.png());
            WebSession.Page first = form.submit();
            WebSession.Page second = form.submit();
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            String code = first.byTestId("tracking-code").text();
            assertThat(second.byTestId("tracking-code").text()).isEqualTo(code);
            assertThat(sql.column("""
                    SELECT COUNT(*) FROM complaint_attachments a JOIN complaints c ON c.id = a.complaint_id
                    WHERE c.tracking_code = ?""", code)).containsExactly("1");
        }
        assertThat(complaintsWith(text)).isEqualTo(1);
    }

    @Test
    void a_bad_phone_number_is_explained_and_the_typed_text_is_kept() {
        Unit unit = fixtures.commune("Xã Phong Điền " + Fixtures.unique("p"));
        String text = "Đường vào bộ phận một cửa bị ngập " + Fixtures.unique("t");
        try (WebSession citizen = new WebSession(server)) {
            WebSession.Page page = filled(citizen, unit, text).set("phone", "12345").submit();
            assertThat(page.status()).isEqualTo(422);
            Document html = page.html();
            assertThat(html.selectFirst("[data-testid=phone-error]").text()).startsWith("Số điện thoại không hợp lệ");
            assertThat(html.selectFirst("textarea[name=text]").text()).isEqualTo(text);
            assertThat(html.selectFirst("input[name=phone]").val()).isEqualTo("12345");
            assertThat(html.selectFirst("input[name=kind][value=PHAN_ANH]").hasAttr("checked")).isTrue();

            // corrected on the page shown again, it is filed
            WebSession.Page fixed = PageForm.of(citizen, "/phan-anh", page, "form[data-testid=complaint-form]")
                    .set("phone", "0912345678").submit();
            assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        }
        assertThat(complaintsWith(text)).isEqualTo(1);
    }

    @Test
    void nothing_chosen_names_every_missing_field_and_a_denunciation_is_told_it_stays_confidential() {
        try (WebSession citizen = new WebSession(server)) {
            WebSession.Page empty = PageForm.open(citizen, "/phan-anh", "form[data-testid=complaint-form]").submit();
            assertThat(empty.status()).isEqualTo(422);
            assertThat(empty.byTestId("kind-error")).isNotNull();
            assertThat(empty.byTestId("unitCode-error")).isNotNull();
            assertThat(empty.byTestId("text-error")).isNotNull();

            Unit unit = fixtures.commune("Phường Vỹ Dạ " + Fixtures.unique("p"));
            WebSession.Page page = PageForm.open(citizen, "/phan-anh", "form[data-testid=complaint-form]")
                    .check("kind", "TO_CAO", true).select("unitCode", unit.code())
                    .set("text", "Cán bộ nhận tiền để giải quyết nhanh hồ sơ " + Fixtures.unique("t")).submit();
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.byTestId("tracking-code").text()).startsWith("TC-");
            assertThat(page.byTestId("receipt-confidential").text()).contains("giữ bí mật");
        }
    }

    @Test
    void a_second_time_complaint_is_filed_as_khieu_nai_instance_two() {
        Unit unit = fixtures.commune("Xã Vinh Lộc " + Fixtures.unique("p"));
        String text = "Không đồng ý quyết định giải quyết khiếu nại lần đầu " + Fixtures.unique("t");
        try (WebSession citizen = new WebSession(server)) {
            WebSession.Page page = PageForm.open(citizen, "/phan-anh", "form[data-testid=complaint-form]")
                    .check("kind", "KHIEU_NAI_2", true).select("unitCode", unit.code()).set("text", text).submit();
            assertThat(page.status()).isEqualTo(200);
        }
        assertThat(sql.column("SELECT CONCAT(kind, ' ', instance) FROM complaints WHERE text = ?", text))
                .containsExactly("KHIEU_NAI 2");
    }

    @Test
    void a_link_with_a_dossier_code_files_the_complaint_about_that_dossier() {
        Unit unit = fixtures.commune("Phường Phú Xuân " + Fixtures.unique("p"));
        String text = "Hồ sơ trễ hẹn mà không được báo trước " + Fixtures.unique("t");
        String dossier = "H57.19789-260301-" + Fixtures.unique("d");
        try (WebSession citizen = new WebSession(server)) {
            PageForm form = PageForm.open(citizen, "/phan-anh?ma=" + dossier, "form[data-testid=complaint-form]");
            assertThat(form.element().selectFirst("input[name=dossierCode]").val()).isEqualTo(dossier);
            WebSession.Page page = form.check("kind", "PHAN_ANH", true).select("unitCode", unit.code())
                    .set("text", text).submit();
            assertThat(page.status()).isEqualTo(200);
        }
        assertThat(sql.column("SELECT dossier_code FROM complaints WHERE text = ?", text)).containsExactly(dossier);
    }
}
