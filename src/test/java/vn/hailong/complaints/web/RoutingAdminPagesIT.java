package vn.hailong.complaints.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.routing.HandlingTeams;
import vn.hailong.complaints.routing.RoutingAdmin;
import vn.hailong.complaints.routing.RoutingRule;
import vn.hailong.complaints.routing.TeamAdmin;
import vn.hailong.complaints.workflow.CaseType;
import vn.hailong.complaints.workflow.DeadlinePolicies;
import vn.hailong.complaints.workflow.DeadlinePolicy;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The routing rules, handling teams and deadline policy admin pages, submitted as rendered. */
@MicronautTest(transactional = false)
class RoutingAdminPagesIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    RoutingAdmin rules;
    @Inject
    TeamAdmin teams;
    @Inject
    DeadlinePolicies policies;

    Actor admin;
    String username;
    Unit ward;
    Unit company;

    @BeforeEach
    void setUp() {
        admin = new Actor(Actor.Kind.USER, 0, "pages-test", Role.ADMIN, fixtures.province().id(), null);
        username = TestUsers.unique("qt");
        testUsers.create(username, Role.ADMIN, fixtures.province().id());
        ward = fixtures.commune("Phường Kim Long");
        company = fixtures.unitUnder(fixtures.province(), "Công ty Cây xanh", UnitType.PROVINCIAL_DEPARTMENT);
    }

    RoutingRule named(String name) {
        return rules.list(admin).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void an_admin_creates_edits_and_deactivates_a_routing_rule_and_bad_input_stores_nothing() {
        HandlingTeams.Team team = teams.create(admin, new TeamAdmin.Draft(Fixtures.unique("TO"), "Tổ cây xanh",
                company.code(), "LEAST_OPEN"));
        String name = Fixtures.unique("Cây xanh");
        try (WebSession session = new WebSession(server)) {
            session.signIn(username, TestUsers.PASSWORD);
            int before = rules.list(admin).size();
            WebSession.Page refused = PageForm.open(session, "/quan-tri/dinh-tuyen/moi", "form[data-testid=rule-form]")
                    .set("name", "").set("priority", "mười").select("subtreeUnitCode", ward.code())
                    .select("teamCode", team.code()).submit();
            assertThat(refused.status()).isEqualTo(422);
            Document shown = refused.html();
            assertThat(shown.selectFirst("[data-testid=priority-error]").text()).contains("1").contains("9999");
            assertThat(shown.selectFirst("[data-testid=name-error]").text()).isEqualTo("Hãy nhập tên.");
            assertThat(shown.selectFirst("[data-testid=teamCode-error]").text()).contains("đơn vị xử lý");
            assertThat(rules.list(admin)).hasSize(before);

            WebSession.Page created = PageForm.of(session, "/quan-tri/dinh-tuyen/moi", refused, "form[data-testid=rule-form]")
                    .set("name", name).set("priority", "15").select("kind", "PHAN_ANH")
                    .select("subtreeUnitCode", ward.code()).set("keywords", "cây đổ ,  cành gãy")
                    .select("handlingUnitCode", company.code()).select("teamCode", team.code()).submit();
            assertThat(created.status()).as(created.body()).isEqualTo(303);
            RoutingRule rule = named(name);
            assertThat(rule.priority()).isEqualTo(15);
            assertThat(rule.kind()).isEqualTo(ComplaintKind.PHAN_ANH);
            assertThat(rule.subtreeUnitId()).isEqualTo(ward.id());
            assertThat(rule.keywords()).isEqualTo("cây đổ, cành gãy");
            assertThat(rule.handlingUnitId()).isEqualTo(company.id());
            assertThat(rule.teamId()).isEqualTo(team.id());
            Document list = session.get("/quan-tri/dinh-tuyen").html();
            assertThat(list.select("tr[data-id=" + rule.id() + "]").text()).contains(name, "Phản ánh", "Công ty Cây xanh",
                    "Tổ cây xanh", "cây đổ, cành gãy");

            String edit = "/quan-tri/dinh-tuyen/" + rule.id();
            WebSession.Page saved = PageForm.open(session, edit, "form[data-testid=rule-form]").set("priority", "3")
                    .select("kind", "").submit();
            assertThat(saved.status()).isEqualTo(303);
            assertThat(named(name).priority()).isEqualTo(3);
            assertThat(named(name).kind()).isNull();
            assertThat(named(name).teamId()).as("the rest as rendered").isEqualTo(team.id());

            assertThat(PageForm.open(session, edit, "form[action$=/ngung]").submit().status()).isEqualTo(303);
            assertThat(named(name).active()).isFalse();
            assertThat(session.get(edit).html().select("[data-testid=inactive-note]")).hasSize(1);
        }
    }

    @Test
    void an_admin_creates_a_team_edits_it_and_adds_and_removes_members_and_bad_input_stores_nothing() {
        Actor handler = fixtures.staff(Role.HANDLER, company, "Lý Thị Cây");
        Actor below = fixtures.staff(Role.HANDLER, ward, "Mai Văn Phường");
        String code = Fixtures.unique("TCX");
        try (WebSession session = new WebSession(server)) {
            session.signIn(username, TestUsers.PASSWORD);
            WebSession.Page refused = PageForm.open(session, "/quan-tri/nhom-xu-ly/moi", "form[data-testid=team-form]")
                    .set("code", "mã có dấu").set("name", "Tổ cây").select("unitCode", company.code()).submit();
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.html().selectFirst("[data-testid=code-error]").text()).contains("chữ, số");
            assertThat(teams.list(admin)).noneMatch(t -> t.name().equals("Tổ cây") && t.unitId() == company.id());

            WebSession.Page created = PageForm.of(session, "/quan-tri/nhom-xu-ly/moi", refused, "form[data-testid=team-form]")
                    .set("code", code).select("assignment", "ROUND_ROBIN").submit();
            assertThat(created.status()).as(created.body()).isEqualTo(303);
            HandlingTeams.Team team = teams.list(admin).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
            assertThat(team.unitId()).isEqualTo(company.id());
            assertThat(team.assignment()).isEqualTo("ROUND_ROBIN");
            String page = created.location();
            assertThat(page).isEqualTo("/quan-tri/nhom-xu-ly/" + team.id());

            Document edit = session.get(page).html();
            assertThat(edit.select("#userId option[value=" + handler.id() + "]")).hasSize(1);
            assertThat(edit.select("#userId option[value=" + below.id() + "]"))
                    .as("staff below the team's unit do not see its cases").isEmpty();
            WebSession.Page noOne = PageForm.open(session, page, "form[data-testid=member-form]").submit();
            assertThat(noOne.status()).isEqualTo(422);
            assertThat(noOne.html().selectFirst("[data-testid=userId-error]").text()).isEqualTo("Hãy chọn cán bộ.");
            assertThat(PageForm.open(session, page, "form[data-testid=member-form]").select("userId", String.valueOf(handler.id()))
                    .submit().status()).isEqualTo(303);
            assertThat(teams.members(admin, team.id())).extracting(m -> m.id()).containsExactly(handler.id());

            WebSession.Page renamed = PageForm.open(session, page, "form[data-testid=team-form]").set("name", "Tổ cây xanh đô thị")
                    .select("assignment", "LEAST_OPEN").submit();
            assertThat(renamed.status()).isEqualTo(303);
            assertThat(teams.find(admin, team.id()).name()).isEqualTo("Tổ cây xanh đô thị");
            assertThat(teams.find(admin, team.id()).assignment()).isEqualTo("LEAST_OPEN");

            WebSession.Page badName = PageForm.open(session, page, "form[data-testid=team-form]").set("name", " ").submit();
            assertThat(badName.status()).isEqualTo(422);
            assertThat(badName.html().selectFirst("[data-testid=name-error]").text()).isEqualTo("Hãy nhập tên tổ.");
            assertThat(teams.find(admin, team.id()).name()).isEqualTo("Tổ cây xanh đô thị");

            String removeForm = "form[data-testid=member-remove-" + session.get(page).html()
                    .selectFirst("#members tr[data-user]").attr("data-user") + "]";
            assertThat(PageForm.open(session, page, removeForm).submit().status()).isEqualTo(303);
            assertThat(teams.members(admin, team.id())).isEmpty();
        }
    }

    @Test
    void an_admin_changes_a_deadline_from_a_date_and_a_past_date_or_a_bad_amount_stores_nothing() {
        // years ahead, so that no other test's case meets the new row
        DeadlinePolicy current = policies.all().stream().filter(p -> p.caseType() == CaseType.KIEN_NGHI
                && p.urgency() == Urgency.KHAN && p.step() == Step.ACCEPT && !p.remoteArea() && p.effectiveTo() == null)
                .findFirst().orElseThrow();
        LocalDate from = current.effectiveFrom().isBefore(LocalDate.of(2032, 1, 1)) ? LocalDate.of(2032, 1, 1)
                : current.effectiveFrom().plusDays(1);
        int rows = policies.all().size();
        try (WebSession session = new WebSession(server)) {
            session.signIn(username, TestUsers.PASSWORD);
            Document list = session.get("/quan-tri/thoi-han").html();
            assertThat(list.select("tr[data-id=" + current.id() + "]").text()).contains("Kiến nghị", "khẩn",
                    "Tiếp nhận, thụ lý", current.amount() + " giờ làm việc");
            String page = list.selectFirst("[data-testid=policy-change-" + current.id() + "]").attr("href");

            WebSession.Page past = PageForm.open(session, page, "form[data-testid=policy-form]")
                    .set("effectiveFrom", "2020-01-01").set("amount", "0").submit();
            assertThat(past.status()).isEqualTo(422);
            assertThat(past.html().selectFirst("[data-testid=effectiveFrom-error]").text()).contains("trước hôm nay");
            assertThat(past.html().selectFirst("[data-testid=amount-error]").text()).contains("từ 1 đến");
            WebSession.Page extension = PageForm.open(session, page, "form[data-testid=policy-form]")
                    .set("effectiveFrom", from.toString()).set("maxExtensions", "1").submit();
            assertThat(extension.status()).isEqualTo(422);
            assertThat(extension.html().selectFirst("[data-testid=extensionAmount-error]").text()).contains("gia hạn");
            assertThat(policies.all()).hasSize(rows);

            WebSession.Page changed = PageForm.open(session, page, "form[data-testid=policy-form]")
                    .set("effectiveFrom", from.toString()).set("amount", "8").set("legalBasis", "Thử: khẩn 8 giờ").submit();
            assertThat(changed.status()).as(changed.body()).isEqualTo(303);
            assertThat(policies.byId(current.id()).orElseThrow().effectiveTo()).isEqualTo(from.minusDays(1));
            DeadlinePolicy successor = policies.all().stream().filter(p -> p.caseType() == CaseType.KIEN_NGHI
                    && p.urgency() == Urgency.KHAN && p.step() == Step.ACCEPT && p.effectiveFrom().equals(from))
                    .findFirst().orElseThrow();
            assertThat(successor.amount()).isEqualTo(8);
            assertThat(successor.unit()).isEqualTo(current.unit());
            assertThat(successor.legalBasis()).isEqualTo("Thử: khẩn 8 giờ");
            Document after = session.get("/quan-tri/thoi-han").html();
            assertThat(after.select("[data-testid=policy-change-" + current.id() + "]")).as("only the latest row changes").isEmpty();
            assertThat(after.select("[data-testid=policy-change-" + successor.id() + "]")).hasSize(1);
        }
    }
}
