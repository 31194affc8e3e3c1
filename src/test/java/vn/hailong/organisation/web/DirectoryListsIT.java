package vn.hailong.organisation.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin lists with the real database: paging of any address, counters and officers by centre, processing time. */
@MicronautTest(transactional = false)
class DirectoryListsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    CounterRegistry counters;
    @Inject
    OfficerRegistry officers;
    @Inject
    SectorRegistry sectors;
    @Inject
    ProcedureRegistry procedures;

    @Test
    void any_page_number_in_the_address_shows_a_page_and_past_the_end_the_last_one() {
        Unit commune = fixtures.commune("Xã Phong Dinh thử");
        String admin = TestUsers.unique("qt");
        testUsers.create(admin, Role.ADMIN, commune.id());
        for (int i = 0; i < 22; i++) {
            testUsers.create(TestUsers.unique("tr" + i), Role.HANDLER, commune.id());
            counters.createTrusted(new CounterDraft(Fixtures.unique("Q"), "Quầy " + i, commune.code()));
        }
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(admin, TestUsers.PASSWORD);
            for (String list : new String[] {"/quan-tri/nguoi-dung", "/quan-tri/danh-gia-can-xem", "/quan-tri/don-vi",
                    "/quan-tri/linh-vuc", "/quan-tri/thu-tuc", "/quan-tri/quay", "/quan-tri/can-bo"}) {
                for (String trang : new String[] {"2147483647", "99999999999999999999", "-3", "0", "abc", "2%2C5"}) {
                    WebSession.Page page = browser.get(list + "?trang=" + trang);
                    assertThat(page.status()).as(list + "?trang=" + trang).isEqualTo(200);
                }
            }
            // 23 users, 20 a page: the huge page is page 2 of 2, with the last 3 rows and a link back
            Document last = browser.get("/quan-tri/nguoi-dung?trang=2147483647").html();
            assertThat(last.select("table#users tbody tr")).hasSize(3);
            assertThat(last.selectFirst("[data-testid=pager] span").text()).isEqualTo("Trang 2 / 2");
            assertThat(last.selectFirst("[data-testid=pager] a[rel=prev]").attr("href")).endsWith("trang=1");
            assertThat(browser.get("/quan-tri/quay?trang=2147483647").html().select("table#counters tr[data-code]"))
                    .hasSize(2);
        }
    }

    @Test
    void counters_and_officers_are_grouped_by_centre_and_found_by_the_centres_name() {
        Unit commune = fixtures.commune("Xã Hương Phong thử");
        Unit centre = fixtures.unitUnder(commune, "Trung tâm Phục vụ hành chính công xã Hương Phong thử",
                UnitType.RECEPTION_POINT);
        String inCommune = Fixtures.unique("Q");
        String inCentre = Fixtures.unique("Q");
        counters.createTrusted(new CounterDraft(inCentre, "Quầy đất đai", centre.code()));
        counters.createTrusted(new CounterDraft(inCommune, "Quầy hộ tịch", commune.code()));
        String officer = Fixtures.unique("CB");
        officers.createTrusted(new OfficerDraft(officer, "Phan Thị Phong", "Công chức", centre.code(), inCentre));
        String admin = TestUsers.unique("qt");
        testUsers.create(admin, Role.ADMIN, commune.id());
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(admin, TestUsers.PASSWORD);
            Document list = browser.get("/quan-tri/quay").html();
            assertThat(list.select("table#counters tbody.unit-group")).extracting(e -> e.attr("data-unit"))
                    .containsExactly("Xã Hương Phong thử", "Trung tâm Phục vụ hành chính công xã Hương Phong thử");
            assertThat(list.select("tbody[data-unit=Xã Hương Phong thử] tr[data-code]"))
                    .extracting(e -> e.attr("data-code")).containsExactly(inCommune);

            WebSession.Page found = PageForm.open(browser, "/quan-tri/quay", "form[data-testid=counter-search]")
                    .set("q", "Trung tâm Phục vụ").submit();
            assertThat(found.html().select("table#counters tr[data-code]")).extracting(e -> e.attr("data-code"))
                    .containsExactly(inCentre);

            Document staff = PageForm.open(browser, "/quan-tri/can-bo", "form[data-testid=officer-search]")
                    .set("q", "Hương Phong").submit().html();
            Element group = staff.selectFirst("table#officers tbody.unit-group");
            assertThat(group.selectFirst("tr.group-heading th").text())
                    .isEqualTo("Trung tâm Phục vụ hành chính công xã Hương Phong thử");
            assertThat(group.selectFirst("tr[data-code=" + officer + "]").select("td").get(3).text())
                    .isEqualTo("Quầy đất đai");
        }
    }

    private static String processingTime(WebSession admin, String code) {
        return admin.get("/quan-tri/thu-tuc?q=" + code).html().selectFirst("tr[data-code=" + code + "]").select("td")
                .get(3).text();
    }

    @Test
    void a_processing_time_reads_the_same_way_everywhere() {
        var sector = sectors.createTrusted(new SectorDraft(Fixtures.unique("LV"), "Hộ tịch thời hạn", BigDecimal.TEN));
        String none = procedures.createTrusted(new ProcedureDraft(Fixtures.unique("9.0"), "Thời hạn chưa quy định",
                sector.code(), null)).code();
        String sameDay = procedures.createTrusted(new ProcedureDraft(Fixtures.unique("9.0"), "Giải quyết trong ngày",
                sector.code(), 0)).code();
        String days = procedures.createTrusted(new ProcedureDraft(Fixtures.unique("9.0"), "Mười lăm ngày",
                sector.code(), 15)).code();
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            assertThat(processingTime(admin, none)).isEqualTo("Không quy định");
            assertThat(processingTime(admin, sameDay)).isEqualTo("Trong ngày");
            assertThat(processingTime(admin, days)).isEqualTo("15 ngày làm việc");
        }
    }
}
