package vn.hailong.complaints.workspace;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.MovableClock.local;

/**
 * The queues on the real database and the 2026 calendar: each tab's cases and counts, soonest due first with paused
 * cases last, "due soon" as two working days, overdue after the due time, and each actor's unit subtree only.
 * Around 30/4–1/5/2026 the days off are Mon 27/4, Thu 30/4 and Fri 1/5.
 */
@MicronautTest(transactional = false)
class HandlerWorkspaceIT {

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;
    @Inject
    HandlerWorkspace workspace;
    @Inject
    Sql sql;

    Unit ward;
    Actor handler;

    @BeforeEach
    void setUp() {
        clock.set("2026-04-23T09:00");
        ward = fixtures.commune("Phường Thuận Hóa");
        handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
    }

    int filed;

    String file(Unit unit, String kind, String urgency) {
        return intake.file(null, "203.0.113." + (++filed % 250), null, new ComplaintIntake.Submission(kind,
                "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", unit.code(), null, "0912345678", null, "WEB",
                urgency, null, null, null, null, null, null)).trackingCode();
    }

    static CaseQueue.Filter tab(CaseQueue.Tab tab) {
        return new CaseQueue.Filter(tab, null, null, null, null);
    }

    List<String> codes(Actor actor, CaseQueue.Filter filter) {
        return workspace.queue(actor, filter, 1).rows().stream().map(r -> r.row().trackingCode()).toList();
    }

    @Test
    void the_tabs_list_and_count_the_cases_of_the_subtree_soonest_due_first_and_paused_ones_last() {
        String normal = file(ward, "PHAN_ANH", null);
        String urgent = file(ward, "PHAN_ANH", "KHAN");
        String paused = file(ward, "KIEN_NGHI", null);
        workflow.act(handler, paused, CaseCommand.accept(null, null));
        workflow.act(handler, paused, CaseCommand.of(CaseAction.REQUEST_INFO, "Xin bản chụp hóa đơn"));
        Unit elsewhere = fixtures.commune("Xã Phong Điền");
        String theirs = file(elsewhere, "PHAN_ANH", null);

        HandlerWorkspace.QueuePage unassigned = workspace.queue(handler, tab(CaseQueue.Tab.UNASSIGNED), 1);
        assertThat(unassigned.rows()).extracting(r -> r.row().trackingCode()).containsExactly(urgent, normal, paused);
        // due soon ends two working days on: Fri 24/4, (Mon 27/4 off) Tue 28/4 at 17:00
        assertThat(unassigned.soon()).isEqualTo(local("2026-04-28T17:00"));
        // the normal one is due for acceptance on Tue 28/4 17:00, the urgent one within hours
        assertThat(unassigned.rows()).extracting(HandlerWorkspace.QueueRow::sla)
                .containsExactly(SlaState.DUE_SOON, SlaState.DUE_SOON, SlaState.PAUSED);
        assertThat(unassigned.rows().get(1).row().nextDueAt()).isEqualTo(local("2026-04-28T17:00"));
        assertThat(unassigned.counts()).containsEntry(CaseQueue.Tab.UNASSIGNED, 3L).containsEntry(CaseQueue.Tab.MINE, 0L)
                .containsEntry(CaseQueue.Tab.TEAM, 0L).containsEntry(CaseQueue.Tab.DUE_SOON, 2L)
                .containsEntry(CaseQueue.Tab.OVERDUE, 0L);

        workflow.act(handler, normal, CaseCommand.assign(handler.id(), null));
        assertThat(codes(handler, tab(CaseQueue.Tab.MINE))).containsExactly(normal);
        assertThat(codes(handler, tab(CaseQueue.Tab.UNASSIGNED))).containsExactly(urgent, paused);

        // the team tab: the cases of the handler's teams
        long teamId = System.nanoTime() % 1_000_000_000L;
        sql.update("INSERT INTO handling_teams (id, unit_id, code, name, created_at, updated_at) VALUES (?, ?, ?, ?, NOW(6), NOW(6))",
                teamId, ward.id(), Fixtures.unique("TEAM"), "Tổ một cửa");
        sql.update("INSERT INTO team_members (team_id, user_id, added_at) VALUES (?, ?, NOW(6))", teamId, handler.id());
        sql.update("UPDATE complaints SET team_id = ? WHERE tracking_code = ?", teamId, paused);
        assertThat(codes(handler, tab(CaseQueue.Tab.TEAM))).containsExactly(paused);

        // Wed 29/4: both acceptance clocks have run out; the paused case is never overdue
        clock.set("2026-04-29T09:00");
        HandlerWorkspace.QueuePage overdue = workspace.queue(handler, tab(CaseQueue.Tab.OVERDUE), 1);
        assertThat(overdue.rows()).extracting(r -> r.row().trackingCode()).containsExactly(urgent, normal);
        assertThat(overdue.rows()).extracting(HandlerWorkspace.QueueRow::sla).containsOnly(SlaState.OVERDUE);
        assertThat(overdue.counts()).containsEntry(CaseQueue.Tab.DUE_SOON, 0L).containsEntry(CaseQueue.Tab.OVERDUE, 2L);

        // filters: kind, code prefix, a status (answered ones only when asked for)
        assertThat(codes(handler, new CaseQueue.Filter(CaseQueue.Tab.UNASSIGNED, ComplaintKind.KIEN_NGHI, null, null, null)))
                .containsExactly(paused);
        assertThat(codes(handler, new CaseQueue.Filter(CaseQueue.Tab.UNASSIGNED, null, null, null, urgent)))
                .containsExactly(urgent);
        workflow.act(handler, urgent, CaseCommand.accept(null, null));
        workflow.act(handler, urgent, CaseCommand.answer("Đã bố trí cán bộ.", null));
        assertThat(codes(handler, tab(CaseQueue.Tab.UNASSIGNED))).containsExactly(paused);
        assertThat(codes(handler, new CaseQueue.Filter(CaseQueue.Tab.UNASSIGNED, null, CaseStatus.ANSWERED, null, null)))
                .containsExactly(urgent);

        // scope: another unit's handler sees only theirs; the province's manager sees both units
        Actor stranger = fixtures.staff(Role.HANDLER, elsewhere, "Trần Văn Khác");
        assertThat(codes(stranger, tab(CaseQueue.Tab.UNASSIGNED))).containsExactly(theirs);
        assertThat(workspace.queue(stranger, tab(CaseQueue.Tab.UNASSIGNED), 1).counts())
                .containsEntry(CaseQueue.Tab.UNASSIGNED, 1L);
        Actor province = fixtures.staff(Role.PROVINCE_MANAGER, fixtures.province(), "Lê Văn Tỉnh");
        CaseQueue.Filter wardOnly = new CaseQueue.Filter(CaseQueue.Tab.UNASSIGNED, null, null, ward.id(), null);
        assertThat(codes(province, wardOnly)).containsExactly(paused);
        assertThat(workspace.queue(province, new CaseQueue.Filter(CaseQueue.Tab.UNASSIGNED, null, null, elsewhere.id(), null), 1)
                .rows()).extracting(r -> r.row().trackingCode()).containsExactly(theirs);
    }

    @Test
    void a_queue_pages_through_its_cases_and_a_page_past_the_end_is_the_last() {
        for (int i = 0; i < 27; i++) {
            file(ward, "PHAN_ANH", null);
            clock.set("2026-04-23T09:" + String.format("%02d", i + 1));
        }
        HandlerWorkspace.QueuePage first = workspace.queue(handler, tab(CaseQueue.Tab.UNASSIGNED), 1);
        assertThat(first.rows()).hasSize(25);
        assertThat(first.window().totalPages()).isEqualTo(2);
        HandlerWorkspace.QueuePage last = workspace.queue(handler, tab(CaseQueue.Tab.UNASSIGNED), Integer.MAX_VALUE);
        assertThat(last.window().page()).isEqualTo(2);
        assertThat(last.rows()).hasSize(2);
    }
}
