package vn.hailong.metrics.targets.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.metrics.targets.TargetMeasure;
import vn.hailong.metrics.targets.Targets;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TargetsAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Targets targets;

    private WebSession signedIn(Actor actor) {
        WebSession s = new WebSession(server);
        assertThat(s.signIn(actor.name(), Fixtures.STAFF_PASSWORD).status()).isEqualTo(303);
        return s;
    }

    @Test
    void the_seeded_targets_are_listed_and_apply_to_every_unit() {
        Actor admin = fixtures.staff(Role.ADMIN, fixtures.province(), "Quản Trị Chỉ Tiêu");
        try (WebSession s = signedIn(admin)) {
            Document page = s.get("/quan-tri/chi-tieu?nam=2022&donVi=*").html();
            assertThat(page.select("#targets tbody tr").text())
                    .contains("Hài lòng chung").contains("90 %")
                    .contains("Phản ánh, kiến nghị được giải quyết").contains("95 %")
                    .contains("Hài lòng với dịch vụ công trực tuyến").contains("80 %")
                    .contains("NQ 49-NQ/ĐU");
            // the admin index and the navigation link it
            assertThat(s.get("/quan-tri").html().select("a[href=/quan-tri/chi-tieu]")).isNotEmpty();
        }
        Unit ward = fixtures.commune("Phường Chỉ Tiêu Kế Thừa");
        assertThat(targets.target(ward.code(), 2026, TargetMeasure.OVERALL, null).orElseThrow().pct())
                .isEqualByComparingTo("90");
        assertThat(targets.target(ward.code(), 2031, TargetMeasure.OVERALL, null).orElseThrow().pct())
                .isEqualByComparingTo("95");
        assertThat(targets.target(ward.code(), 2026, TargetMeasure.COMPLAINTS_RESOLVED, null).orElseThrow().pct())
                .isEqualByComparingTo("95");
    }

    @Test
    void an_admin_adds_edits_and_removes_a_units_target_from_the_rendered_forms() {
        Actor admin = fixtures.staff(Role.ADMIN, fixtures.province(), "Quản Trị Chỉ Tiêu");
        Unit ward = fixtures.commune("Phường Có Chỉ Tiêu Riêng");
        Unit centre = fixtures.unitUnder(ward, "Trung tâm phục vụ hành chính công phường Có Chỉ Tiêu Riêng",
                vn.hailong.organisation.UnitType.SERVICE_CENTRE_COMMUNE);
        try (WebSession s = signedIn(admin)) {
            // refused with readable messages, what was typed kept
            WebSession.Page refused = PageForm.open(s, "/quan-tri/chi-tieu/moi", "form[data-testid=target-form]")
                    .set("year", "1999").select("unitCode", ward.code()).select("measure", "SECTOR")
                    .set("pct", "101").submit();
            assertThat(refused.status()).isEqualTo(422);
            Document r = refused.html();
            assertThat(r.selectFirst("[data-testid=year-error]").text()).isEqualTo("Năm phải là số từ 2000 đến 2100.");
            assertThat(r.selectFirst("[data-testid=sectorCode-error]").text())
                    .isEqualTo("Chỉ tiêu theo lĩnh vực cần chọn một lĩnh vực.");
            assertThat(r.selectFirst("[data-testid=pct-error]").text()).startsWith("Mức phải là số từ 0 đến 100");
            assertThat(r.selectFirst("select[name=unitCode] option[selected]").val()).isEqualTo(ward.code());

            WebSession.Page saved = PageForm.of(s, "/quan-tri/chi-tieu/moi", refused, "form[data-testid=target-form]")
                    .set("year", "2026").select("measure", "OVERALL").set("pct", "92,5")
                    .set("source", "Kế hoạch CCHC năm 2026 của phường").submit();
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);
            assertThat(targets.target(centre.code(), 2027, TargetMeasure.OVERALL, null).orElseThrow().pct())
                    .isEqualByComparingTo("92.5");

            // the same again is a readable refusal
            WebSession.Page twice = PageForm.open(s, "/quan-tri/chi-tieu/moi", "form[data-testid=target-form]")
                    .set("year", "2026").select("unitCode", ward.code()).select("measure", "OVERALL")
                    .set("pct", "93").submit();
            assertThat(twice.status()).isEqualTo(422);
            assertThat(twice.html().selectFirst("[data-testid=year-error]").text()).startsWith("Đã có chỉ tiêu này");

            // the list by year and unit, and what applies to the centre: inherited from the ward
            Document list = s.get("/quan-tri/chi-tieu?nam=2026&donVi=" + ward.code()).html();
            Element row = list.selectFirst("#targets tbody tr");
            assertThat(row.text()).contains("Phường Có Chỉ Tiêu Riêng").contains("92,5 %");
            Document applied = s.get("/quan-tri/chi-tieu?nam=2027&donVi=" + centre.code()).html();
            Element overall = applied.selectFirst("#targets-applied tr[data-measure=OVERALL]");
            assertThat(overall.text()).contains("92,5 %").contains("Theo Phường Có Chỉ Tiêu Riêng (năm 2026)");

            String edit = row.selectFirst("a").attr("href");
            WebSession.Page updated = PageForm.open(s, edit, "form[data-testid=target-form]").set("pct", "94").submit();
            assertThat(updated.status()).isEqualTo(303);
            assertThat(targets.target(ward.code(), 2026, TargetMeasure.OVERALL, null).orElseThrow().pct())
                    .isEqualByComparingTo("94");

            WebSession.Page deleted = PageForm.open(s, edit, "form[data-testid=target-delete-form]").submit();
            assertThat(deleted.status()).isEqualTo(303);
            assertThat(s.get(deleted.location()).byTestId("flash").text()).isEqualTo("Đã xóa chỉ tiêu năm 2026.");
            assertThat(targets.target(ward.code(), 2026, TargetMeasure.OVERALL, null).orElseThrow().pct())
                    .isEqualByComparingTo("90");
        }
    }

    @Test
    void only_admins_open_the_page() {
        Actor manager = fixtures.staff(Role.PROVINCE_MANAGER, fixtures.province(), "Quản Lý Không Sửa");
        try (WebSession s = signedIn(manager)) {
            assertThat(s.get("/quan-tri/chi-tieu").status()).isEqualTo(403);
        }
    }
}
