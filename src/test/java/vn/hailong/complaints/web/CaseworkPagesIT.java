package vn.hailong.complaints.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler workspace as a browser uses it: every action submitted from the form the case page rendered, refusals
 * shown on the page with what was typed, the contact masked unless revealed (and the reveal logged), a denouncer
 * hidden outside the handling team, another unit's handler finding nothing.
 */
@MicronautTest(transactional = false)
class CaseworkPagesIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    CaseStore cases;
    @Inject
    Sql sql;

    Unit ward;
    Actor handler;

    @BeforeEach
    void setUp() {
        ward = fixtures.commune("Phường Thuận Hóa");
        handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
    }

    String file(String kind, String text) {
        return intake.file(null, "203.0.113.7", null, new ComplaintIntake.Submission(kind, text, ward.code(), null,
                "0912345678", null, "WEB", null, null, "Trần Thị Hoa", null, null, null, null)).trackingCode();
    }

    WebSession signedIn(Actor actor) {
        WebSession s = new WebSession(server);
        WebSession.Page p = s.signIn(actor.name(), Fixtures.STAFF_PASSWORD);
        assertThat(p.status()).as(p.body()).isEqualTo(303);
        return s;
    }

    static PageForm form(WebSession s, String code, String action) {
        return PageForm.open(s, "/xu-ly/" + code, "form[data-testid=form-" + action + "]");
    }

    /** Submits and, when it redirects back to the case, shows the case page it leads to. */
    static WebSession.Page done(WebSession s, WebSession.Page answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        WebSession.Page page = s.get(answer.location());
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    ComplaintCase stored(String code) {
        return cases.byCode(code).orElseThrow();
    }

    @Test
    void a_petition_is_worked_from_the_rendered_forms_through_every_action() {
        String code = file("PHAN_ANH", "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.");
        try (WebSession admin = new WebSession(server); WebSession s = signedIn(handler)) {
            admin.signInAsAdmin();
            WebSession.Page saved = PageForm.open(admin, "/quan-tri/mau-tra-loi/moi", "form[data-testid=template-form]")
                    .set("title", "Đã bố trí cán bộ trực quầy").select("kind", "PHAN_ANH")
                    .set("body", "Kính gửi ông/bà, đơn vị đã bố trí cán bộ trực quầy từ 7 giờ 30.").submit();
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);

            // the queue: a new case is unassigned; the handler takes it
            Document queue = s.get("/xu-ly?tab=chua-giao").html();
            Element row = queue.selectFirst("tr[data-code=" + code + "]");
            assertThat(row).as(queue.outerHtml()).isNotNull();
            // acceptance is due in two working days: on time, or due soon when the two days are the "soon" ones
            assertThat(row.selectFirst("[data-testid=sla]").text()).isIn("Đúng hạn", "Sắp đến hạn");
            assertThat(row.text()).doesNotContain("0912").doesNotContain("Trần Thị Hoa");

            WebSession.Page page = done(s, form(s, code, "SELF_ASSIGN").submit());
            assertThat(page.byTestId("flash").text()).contains(code);
            assertThat(page.byTestId("case-assignee").text()).isEqualTo("Nguyễn Thị Xử Lý");
            assertThat(s.get("/xu-ly?tab=cua-toi").html().selectFirst("tr[data-code=" + code + "]")).isNotNull();

            page = done(s, form(s, code, "ACCEPT").select("urgency", "BINH_THUONG").submit());
            assertThat(stored(code).status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(page.byTestId("case-status").text()).isEqualTo("Đã thụ lý");

            // an information request without saying what is needed: refused on the page, nothing changes
            int events = cases.events(stored(code).id()).size();
            WebSession.Page refused = form(s, code, "REQUEST_INFO").set("note", "   ").submit();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().selectFirst("form[data-testid=form-REQUEST_INFO] [data-testid=note-error]").text())
                    .isEqualTo("Hãy ghi rõ thông tin cần người dân bổ sung.");
            assertThat(stored(code).status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(cases.events(stored(code).id())).hasSize(events);

            page = done(s, PageForm.of(s, "/xu-ly/" + code, refused, "form[data-testid=form-REQUEST_INFO]")
                    .set("note", "Xin ảnh chụp quầy số 2 lúc không có cán bộ").submit());
            assertThat(stored(code).status()).isEqualTo(CaseStatus.WAITING_FOR_CITIZEN);
            assertThat(page.byTestId("case-sla").text()).isEqualTo("Tạm dừng chờ bổ sung");

            done(s, form(s, code, "RESUME").submit());
            assertThat(stored(code).status()).isEqualTo(CaseStatus.IN_PROGRESS);

            // a petition has no extension by law: the refusal is shown and the reason typed is kept
            WebSession.Page noExtension = form(s, code, "EXTEND").set("note", "Cần xác minh thêm").submit();
            assertThat(noExtension.status()).isEqualTo(422);
            Element extendForm = noExtension.html().selectFirst("form[data-testid=form-EXTEND]");
            assertThat(extendForm.selectFirst("[data-testid=form-error]").text())
                    .isEqualTo("Loại việc này không được gia hạn theo quy định.");
            assertThat(extendForm.selectFirst("textarea[name=note]").text()).isEqualTo("Cần xác minh thêm");
            assertThat(stored(code).extensions()).isZero();

            done(s, form(s, code, "NOTE").set("note", "Đã gọi điện cho trưởng bộ phận một cửa").submit());
            CaseEvent note = last(code);
            assertThat(note.type()).isEqualTo(CaseAction.NOTE);
            assertThat(note.internal()).isTrue();

            // the answer starts from a template chosen on the page
            WebSession.Page withTemplate = PageForm.open(s, "/xu-ly/" + code, "form[data-testid=template-form]")
                    .select("mau", "Đã bố trí cán bộ trực quầy").submit();
            assertThat(withTemplate.status()).isEqualTo(200);
            PageForm answer = PageForm.of(s, "/xu-ly/" + code, withTemplate, "form[data-testid=form-ANSWER]");
            assertThat(answer.element().selectFirst("textarea[name=answer]").text())
                    .isEqualTo("Kính gửi ông/bà, đơn vị đã bố trí cán bộ trực quầy từ 7 giờ 30.");
            page = done(s, answer.submit());
            assertThat(stored(code).status()).isEqualTo(CaseStatus.ANSWERED);
            assertThat(page.byTestId("case-answer").text()).startsWith("Kính gửi ông/bà");

            page = done(s, form(s, code, "CLOSE").submit());
            assertThat(stored(code).status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(page.html().select("[data-testid=timeline] li").eachAttr("data-type")).containsExactly(
                    "FILE", "ASSIGN", "ACCEPT", "REQUEST_INFO", "RESUME", "NOTE", "ANSWER", "CLOSE");
            assertThat(page.html().selectFirst("[data-testid=timeline] li[data-type=NOTE] [data-testid=internal]")).isNotNull();
            assertThat(page.html().select("form[data-testid^=form-]").eachAttr("data-testid")).containsExactly("form-NOTE");
        }
    }

    @Test
    void a_complex_denunciation_is_extended_once_and_refused_the_second_time() {
        String code = file("TO_CAO", "Cán bộ địa chính nhận tiền của người dân.");
        try (WebSession s = signedIn(handler)) {
            done(s, form(s, code, "ACCEPT").select("urgency", "PHUC_TAP").submit());
            WebSession.Page page = done(s, form(s, code, "EXTEND").set("note", "Cần xác minh tại hai địa điểm").submit());
            assertThat(page.html().selectFirst("tr[data-step=ANSWER] [data-testid=step-extended]")).isNotNull();
            WebSession.Page again = form(s, code, "EXTEND").set("note", "Thêm lần nữa").submit();
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.html().selectFirst("form[data-testid=form-EXTEND] [data-testid=form-error]").text())
                    .isEqualTo("Đã gia hạn đủ 1 lần theo quy định; không được gia hạn thêm.");
            assertThat(stored(code).extensions()).isEqualTo(1);
        }
    }

    @Test
    void reject_and_transfer_need_a_reason_and_go_through_with_one() {
        String rejected = file("KIEN_NGHI", "Đề nghị mở thêm quầy thu phí.");
        String moved = file("PHAN_ANH", "Đèn đường hỏng trước trụ sở.");
        Unit other = fixtures.commune("Xã Phong Điền");
        try (WebSession s = signedIn(handler)) {
            WebSession.Page refused = form(s, rejected, "REJECT").submit();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().selectFirst("form[data-testid=form-REJECT] [data-testid=note-error]").text())
                    .isEqualTo("Hãy ghi rõ lý do.");
            done(s, form(s, rejected, "REJECT").set("note", "Không thuộc thẩm quyền của phường").submit());
            assertThat(stored(rejected).status()).isEqualTo(CaseStatus.REJECTED);

            WebSession.Page noReason = form(s, moved, "TRANSFER").select("unitCode", other.code()).submit();
            assertThat(noReason.status()).isEqualTo(422);
            // what was chosen stays chosen
            assertThat(noReason.html().selectFirst("form[data-testid=form-TRANSFER] option[selected]").val())
                    .isEqualTo(other.code());
            WebSession.Page gone = form(s, moved, "TRANSFER").select("unitCode", other.code())
                    .set("note", "Đèn đường do xã quản lý").submit();
            assertThat(gone.status()).isEqualTo(303);
            assertThat(stored(moved).handlingUnitId()).isEqualTo(other.id());
            // out of the handler's subtree now
            assertThat(s.get(gone.location()).status()).isEqualTo(404);
        }
    }

    @Test
    void a_handler_of_another_unit_sees_no_case_in_any_tab_and_gets_404_on_the_case() {
        String code = file("PHAN_ANH", "Nhà vệ sinh công cộng bị khóa.");
        Actor stranger = fixtures.staff(Role.HANDLER, fixtures.commune("Xã Hương Trà"), "Trần Văn Khác");
        try (WebSession s = signedIn(stranger)) {
            for (String tab : List.of("cua-toi", "to-cua-toi", "chua-giao", "sap-den-han", "qua-han")) {
                WebSession.Page q = s.get("/xu-ly?tab=" + tab + "&ma=" + code);
                assertThat(q.status()).isEqualTo(200);
                assertThat(q.html().select("tr[data-code]")).isEmpty();
                assertThat(q.html().select("[data-testid=tab-count]").eachText()).containsOnly("0");
            }
            assertThat(s.get("/xu-ly/" + code).status()).isEqualTo(404);
            // a forged action on a case out of reach (no page offers it): 404, nothing stored
            s.get("/xu-ly");
            assertThat(s.post("/xu-ly/" + code + "/thao-tac", Map.of("type", "ACCEPT")).status()).isEqualTo(404);
            assertThat(s.post("/xu-ly/" + code + "/lien-he", Map.of()).status()).isEqualTo(404);
        }
        assertThat(stored(code).status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(cases.events(stored(code).id())).hasSize(1);
    }

    @Test
    void the_contact_is_masked_shown_to_the_assigned_handler_on_request_and_every_reveal_is_logged() {
        String code = file("PHAN_ANH", "Thái độ cán bộ quầy 3 không đúng mực.");
        Actor colleague = fixtures.staff(Role.HANDLER, ward, "Lê Văn Đồng Nghiệp");
        try (WebSession s = signedIn(handler); WebSession c = signedIn(colleague)) {
            Document before = s.get("/xu-ly/" + code).html();
            assertThat(before.selectFirst("[data-testid=masked-phone]").text()).isEqualTo("••• ••• 5678");
            assertThat(before.selectFirst("[data-testid=reveal]")).isNull();
            assertThat(before.text()).doesNotContain("0912").doesNotContain("Trần Thị Hoa");

            done(s, form(s, code, "SELF_ASSIGN").submit());
            WebSession.Page shown = PageForm.open(s, "/xu-ly/" + code, "form[data-testid=reveal-form]").submit();
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.byTestId("contact-phone").text()).isEqualTo("0912 345 678");
            assertThat(shown.byTestId("contact-name").text()).isEqualTo("Trần Thị Hoa");
            CaseEvent reveal = last(code);
            assertThat(reveal.type()).isEqualTo(CaseAction.REVEAL_CONTACT);
            assertThat(reveal.actor().id()).isEqualTo(handler.id());
            // shown once, masked again on the next visit
            assertThat(s.get("/xu-ly/" + code).body()).doesNotContain("0912 345 678");

            // a colleague who is not the assignee sees the mask only, and a forged reveal is refused and not logged
            Document theirs = c.get("/xu-ly/" + code).html();
            assertThat(theirs.selectFirst("[data-testid=masked-phone]").text()).isEqualTo("••• ••• 5678");
            assertThat(theirs.selectFirst("[data-testid=reveal]")).isNull();
            int events = cases.events(stored(code).id()).size();
            WebSession.Page forged = c.post("/xu-ly/" + code + "/lien-he", Map.of());
            assertThat(forged.status()).isEqualTo(403);
            assertThat(forged.body()).doesNotContain("0912 345 678");
            assertThat(cases.events(stored(code).id())).hasSize(events);
        }
    }

    @Test
    void a_denouncer_is_hidden_from_a_handler_outside_the_team_and_from_every_list() {
        String code = file("TO_CAO", "Tố cáo Nguyễn Văn Bị Tố nhận hối lộ tại bộ phận một cửa.");
        Actor member = fixtures.staff(Role.HANDLER, ward, "Phạm Thị Trong Tổ");
        Actor outsider = fixtures.staff(Role.HANDLER, ward, "Hoàng Văn Ngoài Tổ");
        long teamId = System.nanoTime() % 1_000_000_000L;
        sql.update("INSERT INTO handling_teams (id, unit_id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, NOW(6), NOW(6))",
                teamId, ward.id(), Fixtures.unique("TEAM"), "Tổ giải quyết tố cáo");
        sql.update("INSERT INTO team_members (team_id, user_id, added_at) VALUES (?, ?, NOW(6))", teamId, member.id());
        sql.update("UPDATE complaints SET team_id = ? WHERE tracking_code = ?", teamId, code);
        try (WebSession in = signedIn(member); WebSession out = signedIn(outsider)) {
            // in every list the case shows as confidential, without its text or anyone's contact
            for (WebSession s : List.of(in, out)) {
                Element row = s.get("/xu-ly?tab=chua-giao").html().selectFirst("tr[data-code=" + code + "]");
                assertThat(row).isNotNull();
                assertThat(row.selectFirst("[data-testid=confidential]")).isNotNull();
                assertThat(row.text()).doesNotContain("Bị Tố").doesNotContain("5678").doesNotContain("Hoa");
            }
            assertThat(in.get("/xu-ly?tab=to-cua-toi").html().selectFirst("tr[data-code=" + code + "]")).isNotNull();

            Document outside = out.get("/xu-ly/" + code).html();
            assertThat(outside.selectFirst("[data-testid=confidential-case]")).isNotNull();
            assertThat(outside.selectFirst("[data-testid=identity-hidden]")).isNotNull();
            assertThat(outside.selectFirst("[data-testid=masked-phone]")).isNull();
            assertThat(outside.selectFirst("[data-testid=reveal]")).isNull();
            // nor its text, which may name the denouncer
            assertThat(outside.text()).doesNotContain("Nguyễn Văn Bị Tố");
            assertThat(outside.selectFirst("[data-testid=case-text-confidential]")).isNotNull();
            assertThat(out.post("/xu-ly/" + code + "/lien-he", Map.of()).status()).isEqualTo(403);

            Document inside = in.get("/xu-ly/" + code).html();
            assertThat(inside.selectFirst("[data-testid=confidential-case]")).isNotNull();
            assertThat(inside.selectFirst("[data-testid=masked-phone]").text()).isEqualTo("••• ••• 5678");
            assertThat(inside.selectFirst("[data-testid=case-text]").text()).contains("Nguyễn Văn Bị Tố");
            WebSession.Page shown = PageForm.open(in, "/xu-ly/" + code, "form[data-testid=reveal-form]").submit();
            assertThat(shown.byTestId("contact-name").text()).isEqualTo("Trần Thị Hoa");
            assertThat(last(code).type()).isEqualTo(CaseAction.REVEAL_CONTACT);
        }
    }

    @Test
    void a_manager_assigns_ticked_cases_in_bulk_and_is_told_which_failed_and_why() {
        String first = file("PHAN_ANH", "Biển báo giờ làm việc ghi sai.");
        String second = file("KIEN_NGHI", "Đề nghị có thêm ghế chờ.");
        String answered = file("PHAN_ANH", "Máy lấy số hỏng.");
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, ward, "Võ Thị Lãnh Đạo");
        try (WebSession h = signedIn(handler); WebSession m = signedIn(manager)) {
            done(h, form(h, answered, "ACCEPT").submit());
            done(h, form(h, answered, "ANSWER").set("answer", "Đã thay máy lấy số.").submit());

            WebSession.Page none = PageForm.open(m, "/xu-ly?tab=chua-giao", "form[data-testid=bulk-form]")
                    .select("assignee", "Nguyễn Thị Xử Lý").submit();
            assertThat(none.status()).isEqualTo(422);
            assertThat(none.byTestId("form-error").text()).isEqualTo("Hãy chọn ít nhất một việc để giao.");

            PageForm bulk = PageForm.open(m, "/xu-ly?tab=chua-giao&trang-thai=", "form[data-testid=bulk-form]")
                    .check("codes", first, true).check("codes", second, true)
                    .select("assignee", "Nguyễn Thị Xử Lý");
            // the answered case was on the list the manager saw; it is answered meanwhile (a status filter shows it)
            WebSession.Page result = bulk.submit();
            assertThat(result.status()).as(result.body()).isEqualTo(200);
            assertThat(result.byTestId("bulk-result").text()).contains("Đã giao 2 việc.");
            assertThat(stored(first).assigneeUserId()).isEqualTo(handler.id());
            assertThat(stored(second).assigneeUserId()).isEqualTo(handler.id());

            PageForm closedOnes = PageForm.open(m, "/xu-ly?tab=chua-giao&trang-thai=ANSWERED", "form[data-testid=bulk-form]")
                    .check("codes", answered, true).select("assignee", "Nguyễn Thị Xử Lý");
            WebSession.Page failed = closedOnes.submit();
            assertThat(failed.status()).as(failed.body()).isEqualTo(200);
            assertThat(failed.byTestId("bulk-result").text()).contains("Đã giao 0 việc.").contains("1 việc không giao được");
            assertThat(failed.html().selectFirst("[data-testid=bulk-failures] li[data-code=" + answered + "]").text())
                    .contains("Không thể thực hiện");

        }
    }

    CaseEvent last(String code) {
        List<CaseEvent> trail = cases.events(stored(code).id());
        return trail.get(trail.size() - 1);
    }
}
