package vn.hailong.complaints.web;

import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.AttachmentStore;
import vn.hailong.complaints.CaseAttachments;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff intake /tiep-nhan through its rendered form, and the attachment download /xu-ly/tep/{id}: served to staff
 * who see the case, 404 to a handler of another unit, 403 to an officer (who records, not handles).
 */
@MicronautTest(transactional = false)
class StaffIntakeAndAttachmentsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    CaseAttachments attachments;

    private WebSession signedIn(Actor staff) {
        WebSession s = new WebSession(server);
        WebSession.Page page = s.signIn(staff.name(), Fixtures.STAFF_PASSWORD);
        assertThat(page.status()).as(page.body()).isIn(302, 303);
        return s;
    }

    @Test
    void an_officer_records_a_phone_complaint_about_an_officer_of_the_unit_and_reads_the_code_back() {
        Unit commune = fixtures.unitUnder(fixtures.commune("Phường Kim Long " + Fixtures.unique("p")),
                "Bộ phận một cửa Kim Long", UnitType.SERVICE_CENTRE_COMMUNE);
        Actor officer = fixtures.staff(Role.OFFICER, commune, "Lê Văn Cán Bộ");
        String text = "Người dân gọi điện: chờ hai tiếng chưa được tiếp " + Fixtures.unique("t");
        try (WebSession desk = signedIn(officer)) {
            PageForm form = PageForm.open(desk, "/tiep-nhan", "form[data-testid=intake-form]");
            assertThat(form.element().select("select[name=unitCode] option").eachAttr("value")).contains(commune.code());
            WebSession.Page done = form.check("channel", "PHONE", true).check("kind", "PHAN_ANH", true)
                    .select("unitCode", commune.code()).set("text", text).set("citizenName", "Nguyễn Văn An")
                    .set("phone", "0987654321").check("contactRequested", true).submit();
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            String code = done.byTestId("tracking-code").text();
            assertThat(code).startsWith("PA-");
            assertThat(done.byTestId("due").text()).startsWith("Hạn trả lời theo quy định:");
            assertThat(sql.column("SELECT CONCAT(channel, ' ', unit_id, ' ', contact_requested, ' ', idempotency_scope) FROM complaints WHERE tracking_code = ?", code))
                    .containsExactly("PHONE " + commune.id() + " 1 user:" + officer.id());

            // a paper complaint with nothing typed is explained, field by field
            WebSession.Page refused = PageForm.open(desk, "/tiep-nhan", "form[data-testid=intake-form]")
                    .check("channel", "PAPER", true).submit();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.byTestId("kind-error")).isNotNull();
            assertThat(refused.byTestId("text-error")).isNotNull();
            assertThat(refused.html().selectFirst("input[name=channel][value=PAPER]").hasAttr("checked")).isTrue();
        }
        assertThat(sql.column("SELECT COUNT(*) FROM complaints WHERE text = ?", text)).containsExactly("1");
    }

    @Test
    void the_intake_form_offers_only_units_of_the_staff_members_subtree() {
        Unit mine = fixtures.commune("Xã Hương Trà " + Fixtures.unique("p"));
        Unit other = fixtures.commune("Xã A Lưới " + Fixtures.unique("p"));
        Actor handler = fixtures.staff(Role.HANDLER, mine, "Phạm Xử Lý");
        try (WebSession s = signedIn(handler)) {
            List<String> offered = PageForm.open(s, "/tiep-nhan", "form[data-testid=intake-form]").element()
                    .select("select[name=unitCode] option").eachAttr("value");
            assertThat(offered).contains(mine.code()).doesNotContain(other.code());
        }
    }

    @Test
    void an_attachment_is_served_to_a_handler_who_sees_the_case_and_is_404_for_another_units_handler() {
        Unit commune = fixtures.commune("Phường An Đông " + Fixtures.unique("p"));
        Unit elsewhere = fixtures.commune("Phường Thủy Xuân " + Fixtures.unique("p"));
        Actor handler = fixtures.staff(Role.HANDLER, commune, "Hoàng Xử Lý");
        Actor otherHandler = fixtures.staff(Role.HANDLER, elsewhere, "Võ Xử Lý Khác");
        Actor officer = fixtures.staff(Role.OFFICER, fixtures.unitUnder(commune, "Bộ phận một cửa An Đông",
                UnitType.SERVICE_CENTRE_COMMUNE), "Đặng Cán Bộ");
        byte[] pdf = TestFiles.pdf();
        String code;
        try (WebSession citizen = new WebSession(server)) {
            WebSession.Page receipt = PageForm.open(citizen, "/phan-anh", "form[data-testid=complaint-form]")
                    .check("kind", "KIEN_NGHI", true).select("unitCode", commune.code())
                    .set("text", "Đề nghị thêm ghế chờ " + Fixtures.unique("t"))
                    .attach("attachment1", "Đề nghị.pdf", MediaType.APPLICATION_PDF_TYPE, pdf).submit();
            assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
            code = receipt.byTestId("tracking-code").text();
        }
        long caseId = Long.parseLong(sql.column("SELECT id FROM complaints WHERE tracking_code = ?", code).get(0));
        List<AttachmentStore.AttachmentInfo> listed = attachments.attachmentsOf(caseId);
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("Đề nghị.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.size()).isEqualTo(pdf.length);
        });
        String href = AttachmentDownloadController.href(listed.get(0).id());

        try (WebSession s = signedIn(handler)) {
            // the case page lists the file with the link to it
            WebSession.Page casePage = s.get("/xu-ly/" + code);
            assertThat(casePage.html().select("[data-testid=attachment-link]")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.attr("href")).isEqualTo(href);
                        assertThat(a.text()).isEqualTo("Đề nghị.pdf");
                    });
            WebSession.Page file = s.get(href);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.contentType()).startsWith("application/pdf");
            assertThat(file.headers().get("x-content-type-options")).containsExactly("nosniff");
            assertThat(file.headers().get("content-disposition").get(0))
                    .startsWith("attachment; filename=\"De_nghi.pdf\"; filename*=UTF-8''%C4%90%E1%BB%81%20ngh%E1%BB%8B.pdf");
            assertThat(file.body().getBytes(StandardCharsets.US_ASCII)).isEqualTo(pdf);
        }
        try (WebSession s = signedIn(otherHandler)) {
            assertThat(s.get(href).status()).isEqualTo(404);
            assertThat(s.get(AttachmentDownloadController.BASE + "/999999999").status()).isEqualTo(404);
            assertThat(s.get(AttachmentDownloadController.BASE + "/abc").status()).isEqualTo(404);
        }
        try (WebSession s = signedIn(officer)) {
            // an officer records complaints but does not handle them: not a role of the download at all
            assertThat(s.get(href).status()).isEqualTo(403);
        }
        try (WebSession anonymous = new WebSession(server)) {
            assertThat(anonymous.get(href).status()).isIn(302, 303, 401);
        }
    }
}
