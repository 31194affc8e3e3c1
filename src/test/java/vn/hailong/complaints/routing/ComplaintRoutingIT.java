package vn.hailong.complaints.routing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.ManagingUsers;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routing on the real database: rules by priority on kind, sector, unit subtree and keywords; the default rule;
 * assignment in a team by least open work and round robin; members who may not handle are passed over; a transfer
 * is routed within the target unit. Every rule is limited to a commune made for the test (or switched off after),
 * so that the cases of other tests are not routed by them.
 */
@MicronautTest(transactional = false)
class ComplaintRoutingIT {

    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;
    @Inject
    CaseStore cases;
    @Inject
    ComplaintRouting routing;
    @Inject
    RoutingAdmin rules;
    @Inject
    TeamAdmin teams;
    @Inject
    SectorRegistry sectors;
    @Inject
    ManagingUsers users;

    Actor admin;
    Unit ward;
    Unit lighting;
    Unit environment;

    @BeforeEach
    void setUp() {
        admin = new Actor(Actor.Kind.USER, 0, "routing-test", Role.ADMIN, fixtures.province().id(), null);
        ward = fixtures.commune("Phường Phú Xuân");
        lighting = fixtures.unitUnder(fixtures.province(), "Công ty Chiếu sáng đô thị", UnitType.PROVINCIAL_DEPARTMENT);
        environment = fixtures.unitUnder(fixtures.province(), "Công ty Môi trường", UnitType.PROVINCIAL_DEPARTMENT);
    }

    RoutingRule rule(String name, int priority, String kind, String sector, String keywords, Unit to, String team) {
        return rules.create(admin, new RoutingAdmin.Draft(name, String.valueOf(priority), kind, sector, ward.code(),
                keywords, to.code(), team, false));
    }

    ComplaintCase file(String kind, String text, String sectorCode) {
        String code = intake.file(null, "198.51.100.9", null, new ComplaintIntake.Submission(kind, text, ward.code(),
                sectorCode, null, null, "WEB")).trackingCode();
        return cases.byCode(code).orElseThrow();
    }

    HandlingTeams.Team team(Unit unit, String assignment, Actor... members) {
        HandlingTeams.Team t = teams.create(admin, new TeamAdmin.Draft(Fixtures.unique("TO"), "Tổ " + unit.name(),
                unit.code(), assignment));
        for (Actor m : members) {
            teams.addMember(admin, t.id(), String.valueOf(m.id()));
        }
        return t;
    }

    @Test
    void the_first_matching_rule_by_priority_decides_on_kind_sector_subtree_and_keywords() {
        Sector roads = sectors.createTrusted(new SectorDraft(Fixtures.unique("GT"), "Giao thông", null));
        rule("Mọi việc của phường → môi trường", 50, null, null, null, environment, null);
        rule("Đèn đường → chiếu sáng", 20, null, null, "đèn đường, chiếu sáng", lighting, null);
        rule("Tố cáo → phường", 10, "TO_CAO", null, null, ward, null);
        rule("Giao thông → chiếu sáng", 30, null, roads.code(), null, lighting, null);

        assertThat(file("PHAN_ANH", "ĐÈN ĐUONG truoc nha so 5 khong sang", null).handlingUnitId())
                .as("keywords without case or tone marks").isEqualTo(lighting.id());
        assertThat(file("PHAN_ANH", "Rác để ở vỉa hè ba ngày chưa thu gom", null).handlingUnitId())
                .as("no keyword: the broader rule").isEqualTo(environment.id());
        assertThat(file("TO_CAO", "Cán bộ đòi tiền chiếu sáng", null).handlingUnitId())
                .as("the kind rule comes first by priority").isEqualTo(ward.id());
        assertThat(file("KIEN_NGHI", "Đề nghị sửa mặt đường", roads.code()).handlingUnitId())
                .as("the sector rule").isEqualTo(lighting.id());

        Unit elsewhere = fixtures.commune("Xã Quảng Điền");
        String code = intake.file(null, "198.51.100.9", null, new ComplaintIntake.Submission("PHAN_ANH",
                "Đèn đường hỏng", elsewhere.code(), null, null, null, "WEB")).trackingCode();
        assertThat(cases.byCode(code).orElseThrow().handlingUnitId())
                .as("outside the rules' subtree: the unit concerned").isEqualTo(elsewhere.id());
    }

    @Test
    void without_a_matching_rule_the_default_rule_applies_and_without_it_the_unit_concerned() {
        Unit quiet = fixtures.commune("Xã Phong Điền");
        ComplaintRouting.Request request = new ComplaintRouting.Request(ComplaintKind.PHAN_ANH, null, quiet.id(), "Ồn ào");
        assertThat(routing.route(request).handlingUnitId()).isEqualTo(quiet.id());
        RoutingRule fallback = rules.list(admin).stream().filter(r -> r.isDefault() && r.active()).findFirst()
                .orElseGet(() -> rules.create(admin, new RoutingAdmin.Draft("Mặc định", "9999", null, null, null, null,
                        environment.code(), null, true)));
        try {
            assertThat(routing.route(request).handlingUnitId()).isEqualTo(fallback.handlingUnitId());
        } finally {
            rules.setActive(admin, fallback.id(), false);
        }
        assertThat(routing.route(request).handlingUnitId()).isEqualTo(quiet.id());
    }

    @Test
    void least_open_work_gives_the_case_to_the_member_with_fewest_open_cases_skipping_those_who_may_not_handle() {
        Actor first = fixtures.staff(Role.HANDLER, lighting, "Nguyễn Văn Một");
        Actor second = fixtures.staff(Role.HANDLER, lighting, "Trần Thị Hai");
        Actor third = fixtures.staff(Role.HANDLER, lighting, "Lê Văn Ba");
        Actor gone = fixtures.staff(Role.HANDLER, lighting, "Phạm Văn Nghỉ");
        Actor officer = fixtures.staff(Role.ADMIN, lighting, "Võ Thị Quản Trị");
        HandlingTeams.Team t = team(lighting, "LEAST_OPEN", first, second, third, gone);
        users.setActive(admin, gone.id(), false);
        assertThat(teams.candidates(admin, t.id())).extracting(StaffMembers_id()).doesNotContain(officer.id());
        rule("Chiếu sáng → tổ", 5, null, null, "chiếu sáng", lighting, t.code());

        List<Long> assigned = new ArrayList<>();
        List<ComplaintCase> filed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ComplaintCase c = file("PHAN_ANH", "Chiếu sáng hẻm " + i + " hỏng", null);
            assertThat(c.teamId()).isEqualTo(t.id());
            filed.add(c);
            assigned.add(c.assigneeUserId());
        }
        assertThat(assigned).as("all equal: in turn, the deactivated member passed over")
                .containsExactly(first.id(), second.id(), third.id());

        // the second member's case is rejected: they now have the least open work, ahead of the turn (first)
        workflow.act(second, filed.get(1).trackingCode(), CaseCommand.of(CaseAction.REJECT, "Trùng với việc khác"));
        assertThat(file("PHAN_ANH", "Chiếu sáng công viên hỏng", null).assigneeUserId()).isEqualTo(second.id());
        assertThat(file("PHAN_ANH", "Chiếu sáng cầu hỏng", null).assigneeUserId())
                .as("all have one open case again: the one after the last assigned").isEqualTo(third.id());
    }

    @Test
    void round_robin_gives_each_member_a_case_in_turn_and_a_team_without_members_leaves_it_unassigned() {
        Actor first = fixtures.staff(Role.HANDLER, environment, "Đặng Văn Rác");
        Actor second = fixtures.staff(Role.UNIT_MANAGER, environment, "Bùi Thị Xanh");
        HandlingTeams.Team t = team(environment, "ROUND_ROBIN", first, second);
        HandlingTeams.Team empty = team(lighting, "ROUND_ROBIN");
        rule("Rác → tổ môi trường", 5, null, null, "rác", environment, t.code());
        rule("Đèn → tổ trống", 6, null, null, "đèn", lighting, empty.code());

        List<Long> assigned = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assigned.add(file("PHAN_ANH", "Rác ở chợ " + i, null).assigneeUserId());
        }
        List<Long> inTurn = List.of(Math.min(first.id(), second.id()), Math.max(first.id(), second.id()));
        assertThat(assigned).containsExactly(inTurn.get(0), inTurn.get(1), inTurn.get(0));

        ComplaintCase queued = file("PHAN_ANH", "Đèn ở chợ", null);
        assertThat(queued.teamId()).isEqualTo(empty.id());
        assertThat(queued.assigneeUserId()).isNull();
    }

    @Test
    void a_transfer_is_routed_within_the_target_unit() {
        Actor wardHandler = fixtures.staff(Role.HANDLER, ward, "Hồ Văn Chuyển");
        Actor receiver = fixtures.staff(Role.HANDLER, lighting, "Ngô Thị Nhận");
        HandlingTeams.Team t = team(lighting, "LEAST_OPEN", receiver);
        rule("Đèn → tổ chiếu sáng", 5, null, null, "đèn", lighting, t.code());
        // a case the rules do not send to the lighting company stays in the ward
        ComplaintCase c = file("PHAN_ANH", "Cột điện nghiêng trước trường", null);
        assertThat(c.handlingUnitId()).isEqualTo(ward.id());
        assertThat(c.teamId()).isNull();

        ComplaintCase moved = workflow.act(wardHandler, c.trackingCode(),
                CaseCommand.transfer(lighting.id(), null, null, "Thuộc thẩm quyền công ty chiếu sáng"));
        assertThat(moved.handlingUnitId()).isEqualTo(lighting.id());
        assertThat(moved.teamId()).as("the unit's only team").isEqualTo(t.id());
        assertThat(moved.assigneeUserId()).isEqualTo(receiver.id());
    }

    private static org.assertj.core.api.iterable.ThrowingExtractor<vn.hailong.shared.security.StaffMembers.StaffMember, Long, RuntimeException> StaffMembers_id() {
        return vn.hailong.shared.security.StaffMembers.StaffMember::id;
    }
}
