package vn.hailong.complaints.escalation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.MovableClock.local;

/**
 * A holiday calendar edit through the admin pages as rendered: the open deadlines it would move are listed first,
 * cancelling changes nothing, confirming writes the row and moves each listed step with a MOVE_DEADLINE event; an
 * ended step does not move. The holiday is an override of a test commune only, so that no other test's counts move.
 * On the seeded 2026 calendar, a case filed Thu 23/4 09:00 has its acceptance due Tue 28/4 17:00 (Fri 24, Tue 28).
 */
@MicronautTest(transactional = false)
class CalendarEditDeadlinesIT {

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;
    @Inject
    CaseStore cases;

    Unit commune;

    vn.hailong.shared.security.Actor provinceAdmin() {
        return fixtures.staff(vn.hailong.shared.security.Role.ADMIN, fixtures.province(), "Quản trị lịch nghỉ");
    }

    @BeforeEach
    void setUp() {
        clock.set("2026-04-23T09:00");
        commune = fixtures.commune(Fixtures.unique("Xã Quảng Điền"));
    }

    String file() {
        return intake.file(null, "203.0.113.11", null, new ComplaintIntake.Submission("PHAN_ANH",
                "Bảng niêm yết thủ tục bị che khuất.", commune.code(), null, "0912345678", null, "WEB")).trackingCode();
    }

    StepClock step(String code, Step step) {
        ComplaintCase c = cases.byCode(code).orElseThrow();
        List<StepClock> steps = cases.steps(c.id()).stream().filter(s -> s.step() == step).toList();
        return steps.get(steps.size() - 1);
    }

    List<CaseEvent> moves(String code) {
        return cases.events(cases.byCode(code).orElseThrow().id()).stream()
                .filter(e -> e.type() == CaseAction.MOVE_DEADLINE).toList();
    }

    @Test
    void an_edit_lists_the_deadlines_it_moves_and_moves_them_only_on_confirmation() {
        String waiting = file();
        String accepted = file();
        Actor handler = fixtures.staff(Role.HANDLER, commune, "Hồ Văn Xử");
        workflow.act(handler, accepted, CaseCommand.accept(null, null));
        StepClock endedAccept = step(accepted, Step.ACCEPT);
        assertThat(endedAccept.isOpen()).isFalse();
        assertThat(step(waiting, Step.ACCEPT).dueAt()).isEqualTo(local("2026-04-28T17:00"));

        try (WebSession admin = new WebSession(server)) {
            // an admin of its own: on this test's clock (April) a new session of the shared bootstrap admin would be
            // the oldest of its many sessions from other tests, and the first to go when the per-user limit is reached
            admin.signIn(provinceAdmin().name(), Fixtures.STAFF_PASSWORD);
            WebSession.Page preview = PageForm.open(admin, "/quan-tri/lich-nghi?nam=2026", "form[data-testid=day-form]")
                    .set("day", "2026-04-24").select("kind", "HOLIDAY").set("name", "Nghỉ riêng của xã")
                    .select("unitCode", commune.code()).submit();
            assertThat(preview.status()).isEqualTo(200);
            Element row = preview.html().selectFirst("#moved-deadlines tr[data-code=" + waiting + "]");
            assertThat(row).as(preview.body()).isNotNull();
            assertThat(preview.html().select("#moved-deadlines tr[data-code=" + waiting + "]").eachText())
                    .anySatisfy(t -> assertThat(t).contains("Thụ lý", "28/04/2026 17:00", "29/04/2026 17:00"));
            // the accepted case's answer clock moves; its ended acceptance is not listed
            assertThat(preview.html().select("#moved-deadlines tr[data-code=" + accepted + "]").eachText())
                    .isNotEmpty().noneMatch(t -> t.contains("Thụ lý"));

            // cancel: nothing is written, nothing moves
            String cancel = preview.html().selectFirst("[data-testid=calendar-confirm-cancel]").attr("href");
            assertThat(admin.get(cancel).status()).isEqualTo(200);
            assertThat(step(waiting, Step.ACCEPT).dueAt()).isEqualTo(local("2026-04-28T17:00"));
            assertThat(moves(waiting)).isEmpty();
            assertThat(admin.get("/quan-tri/lich-nghi?nam=2026").html().select("#holidays tr[data-day=2026-04-24]"))
                    .noneMatch(r -> r.attr("data-unit").equals(commune.name()));

            // confirm: the row is written and each listed step moved, with its event
            WebSession.Page again = PageForm.open(admin, "/quan-tri/lich-nghi?nam=2026", "form[data-testid=day-form]")
                    .set("day", "2026-04-24").select("kind", "HOLIDAY").set("name", "Nghỉ riêng của xã")
                    .select("unitCode", commune.code()).submit();
            WebSession.Page done = PageForm.of(admin, "/quan-tri/lich-nghi", again, "form[data-testid=calendar-confirm]")
                    .submit();
            assertThat(done.status()).isEqualTo(303);
        }
        assertThat(step(waiting, Step.ACCEPT).dueAt()).isEqualTo(local("2026-04-29T17:00"));
        assertThat(cases.byCode(waiting).orElseThrow().nextDueAt()).isEqualTo(local("2026-04-29T17:00"));
        assertThat(moves(waiting)).extracting(CaseEvent::step).contains(Step.ACCEPT);
        assertThat(moves(waiting)).allSatisfy(e -> {
            assertThat(e.actor().name()).isEqualTo(CalendarEditDeadlines.ACTOR);
            assertThat(e.internal()).isTrue();
        });
        assertThat(moves(waiting).stream().filter(e -> e.step() == Step.ACCEPT).findFirst().orElseThrow().data())
                .containsEntry("dueAt", local("2026-04-28T17:00") + " → " + local("2026-04-29T17:00"));
        // the ended acceptance kept its due time; the running answer (and first-request) clocks moved
        assertThat(step(accepted, Step.ACCEPT).dueAt()).isEqualTo(endedAccept.dueAt());
        assertThat(moves(accepted)).extracting(CaseEvent::step).contains(Step.ANSWER).doesNotContain(Step.ACCEPT);
    }

    @Test
    void an_edit_that_moves_nothing_is_written_at_once() {
        String code = file();
        try (WebSession admin = new WebSession(server)) {
            // an admin of its own: on this test's clock (April) a new session of the shared bootstrap admin would be
            // the oldest of its many sessions from other tests, and the first to go when the per-user limit is reached
            admin.signIn(provinceAdmin().name(), Fixtures.STAFF_PASSWORD);
            // a Sunday after every running clock of this commune's case: nothing to confirm
            WebSession.Page done = PageForm.open(admin, "/quan-tri/lich-nghi?nam=2026", "form[data-testid=day-form]")
                    .set("day", "2026-11-22").select("kind", "HOLIDAY").set("name", "Ngày riêng của xã")
                    .select("unitCode", commune.code()).submit();
            assertThat(done.status()).isEqualTo(303);
        }
        assertThat(moves(code)).isEmpty();
    }
}
