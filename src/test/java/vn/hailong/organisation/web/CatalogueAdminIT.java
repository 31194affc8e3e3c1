package vn.hailong.organisation.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Sectors and procedures: one catalogue, read by every admin, changed only by a province-level admin. */
@MicronautTest(transactional = false)
class CatalogueAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    Directory directory;
    @Inject
    SectorRegistry sectors;
    @Inject
    ProcedureRegistry procedures;

    private static final String SECTOR_FORM = "form[data-testid=sector-form]";
    private static final String PROCEDURE_FORM = "form[data-testid=procedure-form]";

    @Test
    void a_province_admin_creates_a_sector_with_its_target_and_finds_it() {
        String code = Fixtures.unique("LV");
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page created = PageForm.open(admin, "/quan-tri/linh-vuc/moi", SECTOR_FORM).set("code", code)
                    .set("name", "Hộ tịch thử nghiệm").set("targetPct", "92,5").submit();
            assertThat(created.status()).as(created.body()).isEqualTo(303);
            assertThat(directory.sectorByCode(code).orElseThrow().targetPct()).isEqualByComparingTo("92.5");

            Document list = admin.get("/quan-tri/linh-vuc?q=" + code).html();
            Element row = list.selectFirst("table#sectors tr[data-code=" + code + "]");
            assertThat(row.select("td").get(1).text()).isEqualTo("Hộ tịch thử nghiệm");
            assertThat(row.select("td").get(2).text()).isEqualTo("92.5");
            assertThat(list.select("table#sectors tbody tr")).hasSize(1);

            PageForm.open(admin, created.location(), "form[action$=/ngung]").submit();
            assertThat(directory.sectorByCode(code).orElseThrow().active()).isFalse();
        }
    }

    @Test
    void a_bad_target_is_explained_next_to_the_field_and_the_input_kept() {
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page notANumber = PageForm.open(admin, "/quan-tri/linh-vuc/moi", SECTOR_FORM)
                    .set("code", Fixtures.unique("LV")).set("name", "Đất đai").set("targetPct", "chín mươi").submit();
            assertThat(notANumber.status()).isEqualTo(422);
            assertThat(notANumber.byTestId("targetPct-error").text()).isEqualTo("Hãy nhập một số, ví dụ 90 hoặc 92,5.");
            assertThat(notANumber.html().selectFirst("#targetPct").attr("value")).isEqualTo("chín mươi");
            assertThat(notANumber.html().selectFirst("#name").attr("value")).isEqualTo("Đất đai");

            WebSession.Page tooHigh = PageForm.of(admin, "/quan-tri/linh-vuc/moi", notANumber, SECTOR_FORM)
                    .set("code", Fixtures.unique("LV")).set("targetPct", "150").submit();
            assertThat(tooHigh.status()).isEqualTo(422);
            assertThat(tooHigh.byTestId("targetPct-error").text()).startsWith("Chỉ tiêu phải trong khoảng 0–100");
        }
    }

    @Test
    void procedures_are_found_by_code_or_name_and_long_names_wrap() {
        Sector sector = sectors.createTrusted(new SectorDraft(Fixtures.unique("LV"), "Tư pháp thử", BigDecimal.TEN));
        String code = Fixtures.unique("1.00");
        String longName = "Thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi "
                + "(liên thông ba thủ tục hành chính) " + code;
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document form = admin.get("/quan-tri/thu-tuc/moi").html();
            assertThat(form.select("#sectorCode option[value=" + sector.code() + "]")).hasSize(1);
            WebSession.Page created = PageForm.open(admin, "/quan-tri/thu-tuc/moi", PROCEDURE_FORM).set("code", code)
                    .set("name", longName).select("sectorCode", sector.code()).set("processingDays", "5").submit();
            assertThat(created.status()).as(created.body()).isEqualTo(303);
            assertThat(directory.procedureByCode(code).orElseThrow().processingDays()).isEqualTo(5);

            Element byCode = admin.get("/quan-tri/thu-tuc?q=" + code).html()
                    .selectFirst("table#procedures tr[data-code=" + code + "]");
            assertThat(byCode.select("td").get(1).text()).isEqualTo(longName);
            assertThat(byCode.select("td").get(1).hasClass("wrap")).isTrue();
            assertThat(byCode.select("td").get(2).text()).isEqualTo("Tư pháp thử");
            assertThat(admin.get("/quan-tri/thu-tuc?q=li%C3%AAn+th%C3%B4ng+ba").html()
                    .select("table#procedures tr[data-code=" + code + "]")).hasSize(1);

            WebSession.Page bad = PageForm.open(admin, created.location(), PROCEDURE_FORM).set("name", "Tên mới")
                    .set("processingDays", "năm").submit();
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.byTestId("processingDays-error").text()).isEqualTo("Hãy nhập một số nguyên, ví dụ 15.");
            assertThat(bad.html().selectFirst("#name").text()).isEqualTo("Tên mới");
            assertThat(directory.procedureByCode(code).orElseThrow().name()).isEqualTo(longName);
        }
    }

    @Test
    void a_commune_admin_reads_the_catalogue_and_is_told_why_it_cannot_change_it() {
        Unit commune = fixtures.commune("Xã A Lưới 1");
        Sector sector = sectors.createTrusted(new SectorDraft(Fixtures.unique("LV"), "Giáo dục thử", null));
        var procedure = procedures.createTrusted(new ProcedureDraft(Fixtures.unique("2.00"), "Chuyển trường thử",
                sector.code(), 3));
        String username = TestUsers.unique("qt");
        testUsers.create(username, Role.ADMIN, commune.id());
        try (WebSession admin = new WebSession(server)) {
            admin.signIn(username, TestUsers.PASSWORD);
            Document list = admin.get("/quan-tri/linh-vuc?q=" + sector.code()).html();
            assertThat(list.select("tr[data-code=" + sector.code() + "]")).hasSize(1);
            assertThat(list.selectFirst("[data-testid=read-only]")).isNotNull();
            assertThat(list.selectFirst("[data-testid=sector-new]")).isNull();
            assertThat(admin.get("/quan-tri/thu-tuc?q=" + procedure.code()).html()
                    .select("tr[data-code=" + procedure.code() + "]")).hasSize(1);

            WebSession.Page refused = PageForm.open(admin, "/quan-tri/linh-vuc/" + sector.id(), SECTOR_FORM)
                    .set("name", "Đổi tên").set("targetPct", "80").submit();
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.byTestId("form-error").text()).startsWith("Chỉ quản trị viên cấp tỉnh được sửa danh mục");
            assertThat(refused.html().selectFirst("#name").attr("value")).isEqualTo("Đổi tên");
            assertThat(directory.sectorByCode(sector.code()).orElseThrow().name()).isEqualTo("Giáo dục thử");

            // by hand on purpose: the read-only page offers no deactivation
            admin.get("/quan-tri/thu-tuc/" + procedure.id());
            admin.post("/quan-tri/thu-tuc/" + procedure.id() + "/ngung", java.util.Map.of());
            WebSession.Page after = admin.get("/quan-tri/thu-tuc/" + procedure.id());
            assertThat(after.byTestId("flash").text()).startsWith("Không thực hiện được: Chỉ quản trị viên cấp tỉnh");
            assertThat(directory.procedureByCode(procedure.code()).orElseThrow().active()).isTrue();
        }
    }
}
