package vn.hailong.complaints.workflow;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hailong.support.MovableClock.local;

/**
 * A deadline policy changed from a date: the new row applies to steps that start from that day, a step already
 * running keeps the row it started with. Done years ahead (from 2031) so that the cases of other tests, filed on
 * today's clock or in 2026, keep the seeded rows.
 */
@MicronautTest(transactional = false)
class DeadlinePolicyChangesIT {

    final MovableClock clock = MovableClock.at("2031-03-03T09:00");

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
    CaseStore cases;
    @Inject
    DeadlinePolicyChanges changes;
    @Inject
    DeadlinePolicies policies;

    /** The open-ended row of first-instance complaints' answer step, normal urgency, not remote. */
    DeadlinePolicy current() {
        return policies.all().stream().filter(p -> p.caseType() == CaseType.KHIEU_NAI_1 && p.step() == Step.ANSWER
                && p.urgency() == Urgency.BINH_THUONG && !p.remoteArea() && p.effectiveTo() == null).findFirst().orElseThrow();
    }

    StepClock answerStep(String code) {
        List<StepClock> steps = cases.steps(cases.byCode(code).orElseThrow().id()).stream()
                .filter(s -> s.step() == Step.ANSWER).toList();
        return steps.get(steps.size() - 1);
    }

    static DeadlinePolicyChanges.Draft draft(String from, String amount) {
        return new DeadlinePolicyChanges.Draft(from, amount, "CALENDAR_DAYS", "0", "0", "", "75",
                "Thử: Luật Khiếu nại sửa đổi");
    }

    @Test
    void a_new_row_from_a_date_applies_to_steps_starting_after_it_and_not_to_a_running_step() {
        // a run before may have left a later row: start after it
        DeadlinePolicy before = current();
        LocalDate start = before.effectiveFrom().isBefore(LocalDate.of(2031, 3, 3)) ? LocalDate.of(2031, 3, 3)
                : before.effectiveFrom().plusDays(1);
        clock.set(start + "T09:00");
        Unit ward = fixtures.commune("Phường Vỹ Dạ");
        Actor handler = fixtures.staff(Role.HANDLER, ward, "Phan Văn Thụ Lý");
        Actor admin = new Actor(Actor.Kind.USER, 0, "policy-test", Role.ADMIN, fixtures.province().id(), null);
        String running = intake.file(null, "198.51.100.20", null, new ComplaintIntake.Submission("KHIEU_NAI",
                "Khiếu nại quyết định xử phạt", ward.code(), null, null, null, "WEB")).trackingCode();
        workflow.act(handler, running, CaseCommand.accept(null, null));
        StepClock old = answerStep(running);
        assertThat(old.policyId()).isEqualTo(before.id());

        LocalDate from = start.plusDays(7);
        DeadlinePolicy successor = changes.changeFrom(admin, before.id(), draft(from.toString(), String.valueOf(before.amount() + 10)));
        assertThat(successor.effectiveFrom()).isEqualTo(from);
        assertThat(successor.amount()).isEqualTo(before.amount() + 10);
        assertThat(policies.byId(before.id()).orElseThrow().effectiveTo()).isEqualTo(from.minusDays(1));

        // the day before: a step starting now still takes the old row
        clock.set(from.minusDays(1) + "T09:00");
        String dayBefore = intake.file(null, "198.51.100.20", null, new ComplaintIntake.Submission("KHIEU_NAI",
                "Khiếu nại thứ hai", ward.code(), null, null, null, "WEB")).trackingCode();
        workflow.act(handler, dayBefore, CaseCommand.accept(null, null));
        assertThat(answerStep(dayBefore).policyId()).isEqualTo(before.id());

        clock.set(from + "T09:00");
        String after = intake.file(null, "198.51.100.20", null, new ComplaintIntake.Submission("KHIEU_NAI",
                "Khiếu nại thứ ba", ward.code(), null, null, null, "WEB")).trackingCode();
        workflow.act(handler, after, CaseCommand.accept(null, null));
        StepClock fresh = answerStep(after);
        assertThat(fresh.policyId()).isEqualTo(successor.id());
        assertThat(fresh.amount()).isEqualTo(before.amount() + 10);
        assertThat(fresh.unit()).isEqualTo(DeadlineUnit.CALENDAR_DAYS);
        assertThat(fresh.dueAt()).isEqualTo(local(from.plusDays(before.amount() + 10) + "T09:00"));

        StepClock still = answerStep(running);
        assertThat(still.policyId()).isEqualTo(before.id());
        assertThat(still.amount()).isEqualTo(before.amount());
        assertThat(still.dueAt()).isEqualTo(old.dueAt());
    }

    @Test
    void a_change_into_the_past_or_with_bad_amounts_is_refused_and_stores_nothing() {
        DeadlinePolicy before = current();
        clock.set((before.effectiveFrom().isAfter(LocalDate.of(2031, 3, 3)) ? before.effectiveFrom() : LocalDate.of(2031, 3, 3))
                + "T09:00");
        Actor admin = new Actor(Actor.Kind.USER, 0, "policy-test", Role.ADMIN, fixtures.province().id(), null);
        int rows = policies.all().size();
        LocalDate today = changes.today();
        assertThatThrownBy(() -> changes.changeFrom(admin, before.id(), draft(today.minusDays(1).toString(), "30")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).hasValue("effectiveFrom"));
        assertThatThrownBy(() -> changes.changeFrom(admin, before.id(), draft(today.plusDays(1).toString(), "0")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).hasValue("amount"));
        assertThatThrownBy(() -> changes.changeFrom(admin, before.id(), new DeadlinePolicyChanges.Draft(
                today.plusDays(1).toString(), "30", "WEEKS", "1", "", "", "75", "x")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation.Problem::field)
                        .contains("unit", "extensionAmount", "extensionUnit"));
        Unit commune = fixtures.commune("Xã Hương Phong");
        Actor communeAdmin = new Actor(Actor.Kind.USER, 0, "commune", Role.ADMIN, commune.id(), null);
        assertThatThrownBy(() -> changes.changeFrom(communeAdmin, before.id(), draft(today.plusDays(1).toString(), "30")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
        assertThat(policies.all()).hasSize(rows);
        assertThat(policies.byId(before.id()).orElseThrow().effectiveTo()).isNull();
    }
}
