package vn.hailong.organisation.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ImportPageIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Directory directory;

    private static WebSession.Page upload(WebSession browser, String kind, String csv) {
        return PageForm.open(browser, "/quan-tri/nhap-du-lieu", "form[data-testid=import-form]").select("kind", kind)
                .attach("file", "du-lieu.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).submit();
    }

    /** By hand on purpose: the upload without the form's CSRF token, which no rendered form sends. */
    private static WebSession.Page uploadWithoutToken(WebSession browser, String kind, String csv) {
        browser.get("/quan-tri/nhap-du-lieu");
        MultipartBody body = MultipartBody.builder().addPart("kind", kind)
                .addPart("file", "du-lieu.csv", MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build();
        return browser.exchange(HttpRequest.POST("/quan-tri/nhap-du-lieu", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).accept(MediaType.TEXT_HTML_TYPE));
    }

    @Test
    void a_counters_file_with_a_bad_row_stores_the_good_rows_and_reports_the_bad_one() {
        Unit commune = fixtures.commune("Phường An Cựu");
        String good1 = Fixtures.unique("Q");
        String good2 = Fixtures.unique("Q");
        String bad = Fixtures.unique("Q");
        String csv = """
                code,name,unitCode
                %s,Quầy 1 – Hộ tịch,%s
                %s,Quầy 2,KHONG-CO-DON-VI
                %s,Quầy 3 – Đất đai,%s
                """.formatted(good1, commune.code(), bad, good2, commune.code());
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page page = upload(admin, "COUNTERS", csv);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            Document html = page.html();
            assertThat(html.selectFirst("[data-testid=import-summary]").text())
                    .isEqualTo("Tạo mới 2, cập nhật 0, không đổi 0, lỗi 1.");
            var errorRow = html.selectFirst("table#import-rows tr[data-row=3]");
            assertThat(errorRow.attr("data-status")).isEqualTo("ERROR");
            assertThat(errorRow.select("td").get(1).text()).isEqualTo(bad);
            assertThat(errorRow.select("td").get(2).text()).isEqualTo("Lỗi");
            assertThat(errorRow.select("td").get(3).text()).startsWith("Không có đơn vị KHONG-CO-DON-VI");
            assertThat(html.selectFirst("table#import-rows tr[data-row=2]").attr("data-status")).isEqualTo("CREATED");
        }
        assertThat(directory.counterByCode(good1).orElseThrow().name()).isEqualTo("Quầy 1 – Hộ tịch");
        assertThat(directory.counterByCode(good2)).isPresent();
        assertThat(directory.counterByCode(bad)).isEmpty();
    }

    @Test
    void a_file_missing_a_column_is_explained_next_to_the_file_field() {
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page page = upload(admin, "OFFICERS", "code,fullName\nCB1,Nguyễn Văn A\n");
            assertThat(page.status()).isEqualTo(422);
            assertThat(page.byTestId("file-error").text()).startsWith("Thiếu cột bắt buộc unitCode");
            assertThat(page.html().selectFirst("#file").attr("aria-describedby")).contains("file-error");
            assertThat(page.html().selectFirst("#kind option[selected]").attr("value")).isEqualTo("OFFICERS");
            assertThat(page.byTestId("import-report")).isNull();
        }
    }

    @Test
    void an_upload_without_the_form_token_is_refused() {
        String code = Fixtures.unique("LV");
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            assertThat(uploadWithoutToken(admin, "SECTORS", "code,name\n" + code + ",Lĩnh vực\n").status()).isEqualTo(403);
        }
        assertThat(directory.sectorByCode(code)).isEmpty();
    }

    @Test
    void each_kind_has_a_template_with_its_header() {
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document page = admin.get("/quan-tri/nhap-du-lieu").html();
            assertThat(page.select("[data-testid=templates] a")).hasSize(5);
            String href = page.selectFirst("[data-testid=templates] a[data-kind=procedures]").attr("href");
            WebSession.Page template = admin.exchange(HttpRequest.GET(href).accept("text/csv"));
            assertThat(template.status()).isEqualTo(200);
            assertThat(template.contentType()).startsWith("text/csv");
            assertThat(template.body().replace("\uFEFF", "").strip()).isEqualTo("code,name,sectorCode,processingDays");
        }
    }
}
