package vn.hailong.organisation.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CountersOfficersAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    Directory directory;
    @Inject
    CounterRegistry counters;
    @Inject
    OfficerRegistry officers;

    private static final String COUNTER_FORM = "form[data-testid=counter-form]";
    private static final String OFFICER_FORM = "form[data-testid=officer-form]";

    private static PageForm officer(WebSession admin, String code, String fullName, String unitCode, String counterCode) {
        return PageForm.open(admin, "/quan-tri/can-bo/moi", OFFICER_FORM).set("code", code).set("fullName", fullName)
                .set("title", "Công chức một cửa").select("unitCode", unitCode).select("counterCode", counterCode);
    }

    @Test
    void a_commune_admin_manages_its_counters_and_officers_and_cannot_reach_another_communes() {
        Unit mine = fixtures.commune("Phường Hương Trà");
        Unit other = fixtures.commune("Phường Kim Trà");
        Counter theirCounter = counters.createTrusted(new CounterDraft(Fixtures.unique("Q"), "Quầy 1 Kim Trà", other.code()));
        Officer theirOfficer = officers.createTrusted(new OfficerDraft(Fixtures.unique("CB"), "Lê Thị Kim", null,
                other.code(), null));
        String username = TestUsers.unique("qt");
        testUsers.create(username, Role.ADMIN, mine.id());
        String counterCode = Fixtures.unique("Q");
        String officerCode = Fixtures.unique("CB");
        try (WebSession admin = new WebSession(server)) {
            admin.signIn(username, TestUsers.PASSWORD);

            Document counterForm = admin.get("/quan-tri/quay/moi").html();
            assertThat(counterForm.select("#unitCode option[value=" + mine.code() + "]")).hasSize(1);
            assertThat(counterForm.select("#unitCode option[value=" + other.code() + "]")).isEmpty();
            WebSession.Page counter = PageForm.open(admin, "/quan-tri/quay/moi", COUNTER_FORM).set("code", counterCode)
                    .set("name", "Quầy tư pháp – hộ tịch").select("unitCode", mine.code()).submit();
            assertThat(counter.status()).as(counter.body()).isEqualTo(303);

            Document counterList = admin.get("/quan-tri/quay").html();
            assertThat(counterList.select("table#counters tbody tr[data-code]")).extracting(e -> e.attr("data-code"))
                    .containsExactly(counterCode);
            assertThat(counterList.selectFirst("tr[data-code=" + counterCode + "]").closest("tbody")
                    .selectFirst("tr.group-heading th").text()).isEqualTo("Phường Hương Trà");

            Document officerForm = admin.get("/quan-tri/can-bo/moi").html();
            assertThat(officerForm.select("#counterCode optgroup[label=Phường Hương Trà] option[value=" + counterCode + "]"))
                    .hasSize(1);
            WebSession.Page created = officer(admin, officerCode, "Nguyễn Thị Hương", mine.code(), counterCode).submit();
            assertThat(created.status()).as(created.body()).isEqualTo(303);
            Officer saved = directory.officerByCode(officerCode).orElseThrow();
            assertThat(saved.counterId()).isEqualTo(directory.counterByCode(counterCode).orElseThrow().id());
            Element row = admin.get("/quan-tri/can-bo?q=H%C6%B0%C6%A1ng").html()
                    .selectFirst("table#officers tr[data-code=" + officerCode + "]");
            assertThat(row.select("td").get(3).text()).isEqualTo("Quầy tư pháp – hộ tịch");

            assertThat(admin.get("/quan-tri/quay/" + theirCounter.id()).status()).isEqualTo(404);
            assertThat(admin.get("/quan-tri/can-bo/" + theirOfficer.id()).status()).isEqualTo(404);
            // by hand on purpose: no page offers another commune's counters and officers
            admin.get("/quan-tri/can-bo/moi");
            assertThat(admin.post("/quan-tri/can-bo/" + theirOfficer.id() + "/ngung", Map.of()).status()).isEqualTo(404);
            assertThat(admin.post("/quan-tri/quay/" + theirCounter.id(),
                    Map.of("name", "Chiếm quầy", "unitCode", mine.code())).status()).isEqualTo(404);
            assertThat(directory.counterByCode(theirCounter.code()).orElseThrow().name()).isEqualTo("Quầy 1 Kim Trà");
            assertThat(admin.get("/quan-tri/can-bo").html().select("tr[data-code=" + theirOfficer.code() + "]")).isEmpty();

            // by hand on purpose: a unit the form does not offer
            WebSession.Page outside = admin.post("/quan-tri/quay/moi",
                    Map.of("code", Fixtures.unique("Q"), "name", "Quầy ngoài", "unitCode", other.code()));
            assertThat(outside.status()).isEqualTo(422);
            assertThat(outside.byTestId("unitCode-error").text()).startsWith("Đơn vị này nằm ngoài phạm vi");
        }
    }

    @Test
    void an_officer_at_a_counter_of_another_unit_is_refused_next_to_the_counter_and_nothing_typed_is_lost() {
        Unit commune = fixtures.commune("Xã Vinh Lộc");
        Unit neighbour = fixtures.commune("Xã Lộc Bình");
        Counter elsewhere = counters.createTrusted(new CounterDraft(Fixtures.unique("Q"), "Quầy Lộc Bình", neighbour.code()));
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page rejected = officer(admin, Fixtures.unique("CB"), "Trần Văn Vinh", commune.code(),
                    elsewhere.code()).submit();
            assertThat(rejected.status()).isEqualTo(422);
            Document html = rejected.html();
            assertThat(html.selectFirst("[data-testid=counterCode-error]").text())
                    .isEqualTo("Quầy " + elsewhere.code() + " không thuộc đơn vị này.");
            assertThat(html.selectFirst("#counterCode").attr("aria-describedby")).isEqualTo("counterCode-error counterCode-hint");
            // the hint sits under the counter's own label, not above it where it reads as the unit's hint
            assertThat(html.selectFirst("#counterCode").parent().selectFirst(".hint").id()).isEqualTo("counterCode-hint");
            assertThat(html.selectFirst("#fullName").attr("value")).isEqualTo("Trần Văn Vinh");
            assertThat(html.selectFirst("#title").attr("value")).isEqualTo("Công chức một cửa");
            assertThat(html.selectFirst("#unitCode option[selected]").attr("value")).isEqualTo(commune.code());
            assertThat(html.selectFirst("#counterCode option[selected]").attr("value")).isEqualTo(elsewhere.code());

            WebSession.Page noName = PageForm.open(admin, "/quan-tri/quay/moi", COUNTER_FORM)
                    .set("code", Fixtures.unique("Q")).set("name", " ").select("unitCode", commune.code()).submit();
            assertThat(noName.status()).isEqualTo(422);
            assertThat(noName.byTestId("name-error")).isNotNull();
            assertThat(noName.html().selectFirst("#unitCode option[selected]").attr("value")).isEqualTo(commune.code());
        }
    }
}
