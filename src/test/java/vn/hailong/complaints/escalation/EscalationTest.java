package vn.hailong.complaints.escalation;

import org.junit.jupiter.api.Test;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.StepClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What a step clock owes at a moment: warning at its share, breach at due, escalation after the further time. */
class EscalationTest {

    static final Instant START = Instant.parse("2026-04-01T02:00:00Z");
    static final Instant DUE = START.plus(Duration.ofHours(100));
    /** escalation two days after the breach (the real one counts working days on the unit's calendar) */
    static final UnaryOperator<Instant> TWO_DAYS = breach -> breach.plus(Duration.ofDays(2));

    static StepClock clock(Step step) {
        return new StepClock(1, 1, step, null, 10, DeadlineUnit.WORKING_DAYS, START, DUE, null, 0, 0, 0, null, null,
                null, 75, null, null, null);
    }

    static Optional<CaseAction> at(StepClock s, Instant now) {
        return Escalation.due(s, now, TWO_DAYS);
    }

    @Test
    void nothing_before_the_share_then_a_warning_at_75_percent_once() {
        StepClock s = clock(Step.ANSWER);
        assertThat(s.warnAt()).isEqualTo(START.plus(Duration.ofHours(75)));
        assertThat(at(s, START.plus(Duration.ofHours(74)))).isEmpty();
        assertThat(at(s, START.plus(Duration.ofHours(75)))).contains(CaseAction.WARN);
        StepClock warned = s.warned(START.plus(Duration.ofHours(75)));
        assertThat(at(warned, START.plus(Duration.ofHours(99)))).isEmpty();
    }

    @Test
    void a_breach_at_the_due_time_once_even_without_a_warning_before() {
        StepClock s = clock(Step.ANSWER);
        assertThat(at(s, DUE.minusSeconds(1))).contains(CaseAction.WARN);
        assertThat(at(s, DUE)).contains(CaseAction.BREACH);
        assertThat(at(s.warned(START), DUE)).contains(CaseAction.BREACH);
        assertThat(at(s.breached(DUE), DUE.plusSeconds(60))).isEmpty();
    }

    @Test
    void an_escalation_the_further_time_after_the_breach_once() {
        StepClock breached = clock(Step.ACCEPT).warned(START).breached(DUE);
        assertThat(at(breached, DUE.plus(Duration.ofDays(2)).minusSeconds(1))).isEmpty();
        assertThat(at(breached, DUE.plus(Duration.ofDays(2)))).contains(CaseAction.ESCALATE);
        assertThat(at(breached.escalated(DUE.plus(Duration.ofDays(2))), DUE.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void a_paused_an_ended_or_an_optional_step_owes_nothing() {
        Instant late = DUE.plus(Duration.ofDays(10));
        assertThat(at(clock(Step.ANSWER).pause(START.plusSeconds(60)), late)).isEmpty();
        assertThat(at(clock(Step.ANSWER).end(START.plusSeconds(60)), late)).isEmpty();
        assertThat(at(clock(Step.FIRST_INFO_REQUEST), late)).isEmpty();
        assertThat(at(clock(Step.ANSWER).breached(DUE).pause(DUE.plusSeconds(1)), late)).isEmpty();
    }

    @Test
    void escalation_goes_to_the_parent_and_stops_at_the_root() {
        assertThat(Escalation.target(7L)).contains(7L);
        assertThat(Escalation.target(null)).isEmpty();
    }

    @Test
    void the_short_text_leaves_out_phone_numbers_and_email_addresses_and_is_cut() {
        assertThat(OverdueList.shortText("Gọi tôi 0912 345 678 hoặc a.b@example.vn nhé"))
                .isEqualTo("Gọi tôi … hoặc … nhé");
        assertThat(OverdueList.shortText("x".repeat(200))).hasSize(OverdueList.SHORT_TEXT);
        assertThat(OverdueList.shortText("Quầy số 2 trống lúc 8 giờ")).isEqualTo("Quầy số 2 trống lúc 8 giờ");
    }
}
