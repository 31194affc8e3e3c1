package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The instruments admin pages, submitted as rendered. */
@MicronautTest(transactional = false)
class InstrumentsAdminPagesIT {

    static final String BASE = "/quan-tri/bo-cau-hoi";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    Instruments instruments;
    @Inject
    Sql sql;

    @AfterEach
    void putSeedBack() {
        InstrumentSeed.restore(sql, instruments);
    }

    private WebSession adminOf(Unit unit) {
        String name = TestUsers.unique("qt");
        testUsers.create(name, Role.ADMIN, unit.id());
        WebSession session = new WebSession(server);
        session.signIn(name, TestUsers.PASSWORD);
        return session;
    }

    private static Element row(Document list, String code) {
        Element row = list.selectFirst("table#instruments tr[data-code=" + code + "]");
        assertThat(row).as("row of " + code).isNotNull();
        return row;
    }

    @Test
    void the_page_is_linked_from_the_admin_index_and_lists_both_instruments() {
        try (WebSession admin = adminOf(fixtures.province())) {
            Document index = admin.get("/quan-tri").html();
            assertThat(index.selectFirst("[data-testid=card-nav-quan-tri-bo-cau-hoi] a").attr("href")).isEqualTo(BASE);
            assertThat(index.selectFirst("[data-testid=nav-quan-tri-bo-cau-hoi]")).isNotNull();

            Document list = admin.get(BASE).html();
            assertThat(row(list, "SIPAS-2017").attr("data-in-effect")).isEqualTo("true");
            assertThat(row(list, "SIPAS-2017").text()).contains("5 yếu tố, 22 tiêu chí").contains("Từ 10/10/2017")
                    .contains("Đang áp dụng");
            assertThat(row(list, "SIPAS-2022").attr("data-in-effect")).isEqualTo("false");
            assertThat(row(list, "SIPAS-2022").text()).contains("SIPAS 2022 (QĐ 1001/QĐ-BNV)")
                    .contains("5 yếu tố, 19 tiêu chí").contains("Chưa áp dụng");

            Document detail = admin.get(row(list, "SIPAS-2022").selectFirst("a").attr("href")).html();
            assertThat(detail.select("[data-testid=criteria] tr[data-code]")).hasSize(19);
            assertThat(detail.selectFirst("[data-testid=criteria] tr[data-code=S22-C23]").text())
                    .contains("Công chức có thái độ giao tiếp lịch sự, tôn trọng đối với người dân").contains("Ki-ốt")
                    .contains("Web").contains("SMS");
        }
    }

    @Test
    void a_province_admin_sets_the_start_of_sipas_2022_and_the_list_shows_both_periods() {
        LocalDate start = instruments.today().plusDays(10);
        try (WebSession admin = adminOf(fixtures.province())) {
            assertThat(admin.get(BASE).html().select("form[data-testid^=dates-form-] input[type=date]")).hasSize(2);
            WebSession.Page saved = dates(admin, "SIPAS-2022").set("from", start.toString()).submit();
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);

            Document list = admin.get(BASE).html();
            assertThat(list.selectFirst("[data-testid=flash]").text()).contains("SIPAS 2022 (QĐ 1001/QĐ-BNV)");
            assertThat(row(list, "SIPAS-2017").text()).contains("Từ 10/10/2017 đến " + shown(start.minusDays(1)));
            assertThat(row(list, "SIPAS-2022").text()).contains("Từ " + shown(start));
            assertThat(row(list, "SIPAS-2017").attr("data-in-effect")).isEqualTo("true");
            assertThat(list.selectFirst("#from-SIPAS-2022").val()).isEqualTo(start.toString());

            // the same start as SIPAS 2017's is refused next to the field, and nothing is saved
            WebSession.Page refused = dates(admin, "SIPAS-2022").set("from", "2017-10-10").submit();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().selectFirst("[data-testid=from-SIPAS-2022-error]").text())
                    .contains("Trùng ngày bắt đầu với SIPAS-2017");
            assertThat(refused.html().selectFirst("#from-SIPAS-2022").val()).isEqualTo("2017-10-10");
            assertThat(instruments.byCode("SIPAS-2022", false).orElseThrow().effectiveFrom()).isEqualTo(start);

            // SIPAS 2017 taken out of use: days before SIPAS 2022 starts would have no instrument, so it is refused
            WebSession.Page gap = dates(admin, "SIPAS-2017").set("from", "").submit();
            assertThat(gap.status()).isEqualTo(422);
            assertThat(gap.html().selectFirst("[data-testid=from-SIPAS-2017-error]")).isNotNull();
            assertThat(instruments.active(false).code()).isEqualTo("SIPAS-2017");
        }
    }

    private static PageForm dates(WebSession admin, String code) {
        return PageForm.open(admin, BASE, "form[data-testid=dates-form-" + code + "]");
    }

    @Test
    void a_province_admin_chooses_what_kiosks_the_web_and_sms_ask_of_an_instrument() {
        try (WebSession admin = adminOf(fixtures.province())) {
            PageForm form = PageForm.open(admin, BASE + "/SIPAS-2022", "form[data-testid=questions-form]");
            assertThat(form.element().select("select[name^=kiosk]")).hasSize(3);
            assertThat(form.element().select("select[name^=sms]")).hasSize(1);
            assertThat(form.element().select("input[type=checkbox][name=web]")).hasSize(19);
            form.select("kiosk1", "S22-C27").select("kiosk2", "S22-C23").select("kiosk3", "")
                    .check("web", "S22-C15", false).check("web", "S22-C33", true)
                    .select("sms1", "S22-C28");
            WebSession.Page saved = form.submit();
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);

            assertThat(instruments.questionCodes("SIPAS-2022", Channel.KIOSK, null)).containsExactly("S22-C27", "S22-C23");
            assertThat(instruments.questionCodes("SIPAS-2022", Channel.WEB, null))
                    .containsExactly("S22-C22", "S22-C23", "S22-C28", "S22-C31", "S22-C33");
            assertThat(instruments.questionCodes("SIPAS-2022", Channel.SMS, null)).containsExactly("S22-C28");
            // SIPAS 2017's lists, which kiosks ask today, are untouched
            assertThat(instruments.questionCodes("SIPAS-2017", Channel.KIOSK, null)).containsExactly("S17-10", "S17-13", "S17-01");

            Document shown = admin.get(BASE + "/SIPAS-2022").html();
            assertThat(shown.selectFirst("#kiosk1 option[selected]").val()).isEqualTo("S22-C27");
            assertThat(shown.selectFirst("#sms1 option[selected]").val()).isEqualTo("S22-C28");
            assertThat(shown.selectFirst("#web-S22-C33").hasAttr("checked")).isTrue();
            assertThat(shown.selectFirst("[data-testid=criteria] tr[data-code=S22-C15]").text()).contains("Chỉ phiếu giấy");
        }
    }

    @Test
    void a_commune_admin_reads_but_does_not_change() {
        try (WebSession admin = adminOf(fixtures.commune("Xã Hòa Phú " + TestUsers.unique("x")))) {
            Document list = admin.get(BASE).html();
            assertThat(list.selectFirst("[data-testid=instruments-read-only]")).isNotNull();
            assertThat(list.select("form[data-testid^=dates-form-]")).isEmpty();
            Document detail = admin.get(BASE + "/SIPAS-2017").html();
            assertThat(detail.selectFirst("[data-testid=questions-save]")).isNull();
            assertThat(detail.select("[data-testid=questions-form] fieldset[disabled]")).hasSize(3);
            assertThat(admin.post(BASE + "/SIPAS-2022/hieu-luc", Map.of("from", "2030-01-01")).status())
                    .isEqualTo(403);
            assertThat(admin.post(BASE + "/SIPAS-2017/cau-hoi", Map.of("sms1", "S17-01")).status()).isEqualTo(403);
            assertThat(instruments.questionCodes("SIPAS-2017", Channel.SMS, null)).containsExactly("S17-10");
        }
    }

    private static String shown(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
