package vn.hailong.sms.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.sms.SmsEncoding;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.sms.SmsTemplate;
import vn.hailong.sms.SmsTemplates;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SmsTemplatesAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    SmsTemplates templates;

    private WebSession signedIn(Role role) {
        Actor actor = fixtures.staff(role, fixtures.province(), "Quản Trị Tin Nhắn");
        WebSession s = new WebSession(server);
        assertThat(s.signIn(actor.name(), Fixtures.STAFF_PASSWORD).status()).isEqualTo(303);
        return s;
    }

    @Test
    void every_seeded_template_is_unaccented_and_fits_one_gsm7_segment_with_the_longest_values() {
        assertThat(templates.all()).extracting(SmsTemplate::purpose).containsExactlyInAnyOrder(SmsPurpose.values());
        for (SmsTemplate t : templates.all()) {
            SmsTemplates.Preview p = templates.preview(t);
            assertThat(t.encoding()).isEqualTo(SmsEncoding.GSM7);
            assertThat(p.problem()).as(t.purpose() + ": " + t.body()).isNull();
            assertThat(p.worstCount().segments()).isEqualTo(1);
            assertThat(t.body()).doesNotContain("#", "&", "[", "]");
        }
        try (WebSession s = signedIn(Role.ADMIN)) {
            Document page = s.get("/quan-tri/tin-nhan/mau").html();
            assertThat(page.select("#sms-templates tbody tr")).hasSize(SmsPurpose.values().length);
            assertThat(page.selectFirst("tr[data-purpose=INVITATION] [data-testid=sms-sample]").text())
                    .startsWith("Ho so 000.00.27.H57-260301-0012 da co ket qua.");
            assertThat(page.selectFirst("tr[data-purpose=INVITATION] [data-testid=sms-worst-count]").text())
                    .matches("Khi điền giá trị dài nhất: \\d+ ký tự, 1 tin \\(tối đa 1\\)\\.");
        }
    }

    @Test
    void a_template_over_one_segment_is_refused_with_its_count_and_a_fitting_one_is_saved_unaccented() {
        SmsTemplate before = templates.get(SmsPurpose.REPLY_THANKS);
        try (WebSession s = signedIn(Role.ADMIN)) {
            String edit = s.get("/quan-tri/tin-nhan/mau").html()
                    .selectFirst("[data-testid=template-edit-REPLY_THANKS]").attr("href");
            String tooLong = "Cam on ong/ba da danh gia ho so {code}. Y kien cua ong/ba giup chung toi phuc vu tot hon"
                    + " moi ngay. Xem ket qua danh gia cua don vi tai {site}/cong-khai va gop y them.";
            WebSession.Page refused = PageForm.open(s, edit, "form[data-testid=template-form]")
                    .set("body", tooLong).submit();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().selectFirst("[data-testid=body-error]").text())
                    .matches("Tin nhắn dài \\d+ ký tự khi điền giá trị dài nhất, quá một tin GSM-7 \\(160 ký tự\\):"
                            + " sẽ thành 2 tin\\. Hãy rút gọn\\.");
            assertThat(refused.html().selectFirst("textarea[name=body]").text()).isEqualTo(tooLong);
            assertThat(templates.get(SmsPurpose.REPLY_THANKS).body()).isEqualTo(before.body());

            // the Preview button (formaction) shows the message as typed, without saving
            PageForm preview = PageForm.open(s, edit, "form[data-testid=template-form]")
                    .set("body", "Cảm ơn ông/bà đã đánh giá hồ sơ {code}.");
            preview.element().attr("action", preview.element().selectFirst("[data-testid=template-preview]")
                    .attr("formaction"));
            WebSession.Page previewed = preview.submit();
            assertThat(previewed.status()).isEqualTo(200);
            assertThat(previewed.byTestId("sms-sample").text())
                    .isEqualTo("Cam on ong/ba da danh gia ho so 000.00.27.H57-260301-0012.");
            assertThat(templates.get(SmsPurpose.REPLY_THANKS).body()).isEqualTo(before.body());

            WebSession.Page saved = PageForm.open(s, edit, "form[data-testid=template-form]")
                    .set("body", "Cảm ơn ông/bà đã đánh giá. Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn!").submit();
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);
            assertThat(s.get(saved.location()).byTestId("flash").text()).isEqualTo("Đã lưu mẫu REPLY_THANKS.");
            assertThat(templates.get(SmsPurpose.REPLY_THANKS).body())
                    .isEqualTo("Cam on ong/ba da danh gia. Y kien cua ong/ba giup chung toi phuc vu tot hon!");

            // UNICODE: counted 70/67, allowed up to the configured segments (2)
            String accented = "Cảm ơn ông/bà đã đánh giá. Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn.";
            WebSession.Page unicode = PageForm.open(s, edit, "form[data-testid=template-form]")
                    .select("encoding", "UNICODE").set("body", accented).submit();
            assertThat(unicode.status()).isEqualTo(303);
            assertThat(templates.get(SmsPurpose.REPLY_THANKS).body()).isEqualTo(accented);
            assertThat(templates.preview(templates.get(SmsPurpose.REPLY_THANKS)).worstCount().segments()).isEqualTo(2);
            WebSession.Page tooMany = PageForm.open(s, edit, "form[data-testid=template-form]")
                    .set("body", accented + " " + accented).submit();
            assertThat(tooMany.status()).isEqualTo(422);
            assertThat(tooMany.html().selectFirst("[data-testid=body-error]").text())
                    .startsWith("Tin nhắn Unicode thành 3 tin khi điền giá trị dài nhất");
        } finally {
            templates.save(fixtures.staff(Role.ADMIN, fixtures.province(), "Khôi Phục Mẫu"), before.purpose(),
                    before.encoding(), before.body());
        }
    }

    @Test
    void only_admins_open_the_templates() {
        try (WebSession s = signedIn(Role.PROVINCE_MANAGER)) {
            assertThat(s.get("/quan-tri/tin-nhan/mau").status()).isEqualTo(403);
            assertThat(s.get("/quan-tri/tin-nhan").status()).isEqualTo(200);
        }
    }
}
