package vn.hailong.organisation.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class UnitsAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    Directory directory;

    private static final String UNIT_FORM = "form[data-testid=unit-form]";

    /** The unit form at {@code path} (new or edit) filled in as a user would. */
    private static PageForm filled(WebSession admin, String path, String name, UnitType type, String parentCode) {
        return PageForm.open(admin, path, UNIT_FORM).set("name", name).select("type", type.name())
                .select("parentCode", parentCode);
    }

    /** Fields assembled by hand: only for what no rendered form offers (units outside the admin's scope). */
    private static Map<String, String> forged(String code, String name, UnitType type, String parentCode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", code);
        f.put("name", name);
        f.put("type", type.name());
        f.put("parentCode", parentCode);
        return f;
    }

    @Test
    void the_list_shows_the_tree_with_parent_type_in_words_and_searches() {
        Unit commune = fixtures.commune("Phường Vỹ Dạ");
        Unit centre = fixtures.unitUnder(commune, "Bộ phận Một cửa phường Vỹ Dạ", UnitType.RECEPTION_POINT);
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document list = admin.get("/quan-tri/don-vi?q=V%E1%BB%B9+D%E1%BA%A1").html();
            Element row = list.selectFirst("table#units tr[data-code=" + centre.code() + "]");
            assertThat(row).isNotNull();
            assertThat(row.attr("data-depth")).isEqualTo("2");
            assertThat(row.select("td").get(2).text()).isEqualTo("Điểm tiếp nhận");
            assertThat(row.select("td").get(3).text()).isEqualTo("Phường Vỹ Dạ");
            assertThat(row.select("td").get(4).text()).isEqualTo("Đang hoạt động");
            assertThat(list.select("table#units tbody tr")).extracting(e -> e.attr("data-code"))
                    .contains(commune.code(), centre.code());
            assertThat(list.selectFirst("[data-testid=nav-quan-tri-don-vi]").attr("aria-current")).isEqualTo("page");
        }
    }

    @Test
    void an_admin_creates_a_unit_under_a_parent_then_edits_deactivates_and_reactivates_it() {
        Unit commune = fixtures.commune("Xã Phong Điền");
        String code = Fixtures.unique("DV");
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document newForm = admin.get("/quan-tri/don-vi/moi").html();
            assertThat(newForm.select("label[for=code], label[for=name], label[for=type], label[for=parentCode]")).hasSize(4);
            assertThat(newForm.select("#parentCode option[value=" + commune.code() + "]")).hasSize(1);

            WebSession.Page created = filled(admin, "/quan-tri/don-vi/moi", "Điểm tiếp nhận thôn Phước Tích",
                    UnitType.RECEPTION_POINT, commune.code()).set("code", code).submit();
            assertThat(created.status()).as(created.body()).isEqualTo(303);
            Unit saved = directory.unitByCode(code).orElseThrow();
            assertThat(saved.parentId()).isEqualTo(commune.id());
            assertThat(saved.name()).isEqualTo("Điểm tiếp nhận thôn Phước Tích");
            WebSession.Page edit = admin.get(created.location());
            assertThat(edit.byTestId("flash").text()).isEqualTo("Đã tạo đơn vị Điểm tiếp nhận thôn Phước Tích.");
            assertThat(edit.html().selectFirst("#type option[selected]").attr("value")).isEqualTo("RECEPTION_POINT");

            WebSession.Page renamed = PageForm.open(admin, created.location(), UNIT_FORM)
                    .set("name", "Điểm tiếp nhận Phước Tích").submit();
            assertThat(renamed.status()).isEqualTo(303);
            assertThat(directory.unitByCode(code).orElseThrow().name()).isEqualTo("Điểm tiếp nhận Phước Tích");

            PageForm.open(admin, created.location(), "form[action$=/ngung]").submit();
            assertThat(directory.unitByCode(code).orElseThrow().active()).isFalse();
            assertThat(admin.get(created.location()).byTestId("inactive-note")).isNotNull();
            PageForm.open(admin, created.location(), "form[action$=/kich-hoat]").submit();
            Unit back = directory.unitByCode(code).orElseThrow();
            assertThat(back.active()).isTrue();
            assertThat(back.validTo()).isNull();
        }
    }

    @Test
    void a_bad_submit_shows_the_rule_next_to_its_field_and_keeps_what_was_typed() {
        Unit commune = fixtures.commune("Phường Hương Thủy");
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page rejected = filled(admin, "/quan-tri/don-vi/moi", "Tổ dân phố 5", UnitType.RECEPTION_POINT,
                    commune.code()).set("code", "mã có dấu cách").submit();
            assertThat(rejected.status()).isEqualTo(422);
            Document html = rejected.html();
            assertThat(html.selectFirst("[data-testid=code-error]").text()).startsWith("Mã chỉ gồm chữ, số");
            assertThat(html.selectFirst("#code").attr("aria-invalid")).isEqualTo("true");
            assertThat(html.selectFirst("#code").attr("aria-describedby")).contains("code-error");
            assertThat(html.selectFirst("#code").attr("value")).isEqualTo("mã có dấu cách");
            assertThat(html.selectFirst("#name").attr("value")).isEqualTo("Tổ dân phố 5");
            assertThat(html.selectFirst("#type option[selected]").attr("value")).isEqualTo("RECEPTION_POINT");
            assertThat(html.selectFirst("#parentCode option[selected]").attr("value")).isEqualTo(commune.code());

            // the form shown again is submitted again, corrected, as the user would
            WebSession.Page date = PageForm.of(admin, "/quan-tri/don-vi/moi", rejected, UNIT_FORM)
                    .set("code", Fixtures.unique("DV")).set("name", "Tổ dân phố 6").set("validFrom", "31/02/2026").submit();
            assertThat(date.status()).isEqualTo(422);
            assertThat(date.byTestId("validFrom-error").text()).startsWith("Ngày không hợp lệ");
            assertThat(date.html().selectFirst("#validFrom").attr("value")).isEqualTo("31/02/2026");
        }
    }

    @Test
    void an_admin_of_a_commune_sees_and_edits_only_its_subtree() {
        Unit mine = fixtures.commune("Xã Phú Lộc");
        Unit other = fixtures.commune("Xã Chân Mây");
        Unit child = fixtures.unitUnder(mine, "Điểm tiếp nhận Phú Lộc", UnitType.RECEPTION_POINT);
        String username = TestUsers.unique("qt");
        testUsers.create(username, Role.ADMIN, mine.id());
        try (WebSession admin = new WebSession(server)) {
            admin.signIn(username, TestUsers.PASSWORD);
            Document list = admin.get("/quan-tri/don-vi").html();
            assertThat(list.select("table#units tbody tr")).extracting(e -> e.attr("data-code"))
                    .containsExactly(mine.code(), child.code());
            assertThat(admin.get("/quan-tri/don-vi/" + other.id()).status()).isEqualTo(404);
            admin.get("/quan-tri/don-vi/" + child.id());
            // by hand on purpose: no page offers another commune's unit
            assertThat(admin.post("/quan-tri/don-vi/" + other.id(),
                    forged(other.code(), "Đổi tên", UnitType.COMMUNE, "46")).status()).isEqualTo(404);
            assertThat(admin.post("/quan-tri/don-vi/" + other.id() + "/ngung", Map.of()).status()).isEqualTo(404);
            assertThat(directory.unitByCode(other.code()).orElseThrow().active()).isTrue();

            // its own root: the province above is shown, not offered, and the unit can still be renamed
            Document own = admin.get("/quan-tri/don-vi/" + mine.id()).html();
            assertThat(own.selectFirst("[data-testid=fixed-parent]")).isNotNull();
            assertThat(PageForm.open(admin, "/quan-tri/don-vi/" + mine.id(), UNIT_FORM).set("name", "Xã Phú Lộc mới")
                    .submit().status()).isEqualTo(303);
            assertThat(directory.unitByCode(mine.code()).orElseThrow().name()).isEqualTo("Xã Phú Lộc mới");

            // by hand on purpose: a parent outside the scope, which the form does not offer
            admin.get("/quan-tri/don-vi/moi");
            WebSession.Page outside = admin.post("/quan-tri/don-vi/moi",
                    forged(Fixtures.unique("DV"), "Ngoài phạm vi", UnitType.RECEPTION_POINT, other.code()));
            assertThat(outside.status()).isEqualTo(403);
            assertThat(outside.byTestId("form-error").text()).contains("ngoài phạm vi");
            assertThat(outside.html().selectFirst("#name").attr("value")).isEqualTo("Ngoài phạm vi");
        }
    }

    @Test
    void a_handler_may_not_open_the_directory_pages() {
        String username = TestUsers.unique("cb");
        testUsers.create(username, Role.HANDLER, testUsers.rootUnitId());
        try (WebSession handler = new WebSession(server)) {
            handler.signIn(username, TestUsers.PASSWORD);
            for (String page : new String[] {"/quan-tri/don-vi", "/quan-tri/linh-vuc", "/quan-tri/thu-tuc",
                    "/quan-tri/quay", "/quan-tri/can-bo", "/quan-tri/nhap-du-lieu", "/quan-tri/lich-nghi"}) {
                assertThat(handler.get(page).status()).as(page).isEqualTo(403);
            }
            assertThat(handler.get("/").html().select("[data-testid=nav-quan-tri-don-vi]")).isEmpty();
        }
    }
}
