package vn.hailong.dossiers.apology;

import org.junit.jupiter.api.Test;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.dossiers.Dossier;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.time.ClockFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApologyRulesTest {

    static final LocalTime CLOSE = LocalTime.of(17, 0);
    static final WorkingCalendar WEEKDAYS = WorkingCalendar.builder().build();
    final ApologyRules rules = new ApologyRules(1, 3, CLOSE, ClockFactory.VIETNAM);

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ClockFactory.VIETNAM).toInstant();
    }

    static Dossier dossier(String appointment) {
        return new Dossier(1, "H46-0001", 10, 20, null, null, null, null, at("2026-03-02T08:30"), at(appointment),
                null, null, null);
    }

    static ApologyRequest request(String newDate) {
        return new ApologyRequest("  Cần xác minh thêm với cơ quan thuế ", newDate, "Trần Thị Bình", "Chủ tịch",
                "UBND phường An Cựu");
    }

    @Test
    void the_apology_is_due_at_the_close_of_the_last_working_day_before_the_appointment() {
        // Monday 09/03 10:00: due Friday 06/03 17:00
        assertThat(rules.dueBy(at("2026-03-09T10:00"), WEEKDAYS)).isEqualTo(at("2026-03-06T17:00"));
        // Wednesday 11/03 08:00: due Tuesday 10/03 17:00, the same hour whatever time the appointment is
        assertThat(rules.dueBy(at("2026-03-11T08:00"), WEEKDAYS)).isEqualTo(at("2026-03-10T17:00"));
        assertThat(rules.dueBy(at("2026-03-11T16:59"), WEEKDAYS)).isEqualTo(at("2026-03-10T17:00"));
    }

    @Test
    void holidays_and_make_up_saturdays_count_as_the_calendar_says() {
        WorkingCalendar fridayOff = WorkingCalendar.builder().holiday(LocalDate.of(2026, 3, 6)).build();
        assertThat(rules.dueBy(at("2026-03-09T10:00"), fridayOff)).isEqualTo(at("2026-03-05T17:00"));
        WorkingCalendar saturdayWorked = WorkingCalendar.builder().workingDay(LocalDate.of(2026, 3, 7)).build();
        assertThat(rules.dueBy(at("2026-03-09T10:00"), saturdayWorked)).isEqualTo(at("2026-03-07T17:00"));
    }

    @Test
    void the_lead_time_is_configurable() {
        ApologyRules twoDays = new ApologyRules(2, 3, CLOSE, ClockFactory.VIETNAM);
        assertThat(twoDays.dueBy(at("2026-03-09T10:00"), WEEKDAYS)).isEqualTo(at("2026-03-05T17:00"));
        ApologyRules none = new ApologyRules(0, 3, CLOSE, ClockFactory.VIETNAM);
        assertThat(none.dueBy(at("2026-03-09T10:00"), WEEKDAYS)).isEqualTo(at("2026-03-09T10:00"));
        assertThatThrownBy(() -> new ApologyRules(-1, 3, CLOSE, ClockFactory.VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void open_dossiers_due_within_the_horizon_or_overdue_are_at_risk() {
        Instant wednesday = at("2026-03-04T09:00");
        // three working days after Wednesday 04/03: Monday 09/03
        assertThat(rules.horizonEnd(LocalDate.of(2026, 3, 4), WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(rules.atRisk(dossier("2026-03-09T16:00"), wednesday, WEEKDAYS)).isTrue();
        assertThat(rules.atRisk(dossier("2026-03-10T08:00"), wednesday, WEEKDAYS)).isFalse();
        assertThat(rules.atRisk(dossier("2026-03-02T08:00"), wednesday, WEEKDAYS)).isTrue();
        Dossier finished = new Dossier(1, "H", 10, 20, null, null, null, null, at("2026-03-02T08:30"),
                at("2026-03-05T08:00"), null, at("2026-03-04T08:00"), null);
        assertThat(rules.atRisk(finished, wednesday, WEEKDAYS)).isFalse();
    }

    @Test
    void urgency_says_whether_the_apology_or_the_result_is_overdue() {
        Dossier d = dossier("2026-03-06T10:00"); // apology due Thursday 05/03 17:00
        assertThat(rules.urgency(d, at("2026-03-05T16:59"), WEEKDAYS)).isEqualTo(ApologyRules.Urgency.APOLOGY_DUE);
        assertThat(rules.urgency(d, at("2026-03-05T17:01"), WEEKDAYS)).isEqualTo(ApologyRules.Urgency.APOLOGY_OVERDUE);
        assertThat(rules.urgency(d, at("2026-03-06T10:01"), WEEKDAYS)).isEqualTo(ApologyRules.Urgency.OVERDUE);
    }

    @Test
    void an_apology_in_time_moves_the_appointment_to_the_close_of_the_new_working_day() {
        ApologyRules.Decision d = rules.decide(dossier("2026-03-06T10:00"), false, request("2026-03-12"),
                at("2026-03-04T09:00"), WEEKDAYS);
        assertThat(d.newAppointmentAt()).isEqualTo(at("2026-03-12T17:00"));
        assertThat(d.dueAt()).isEqualTo(at("2026-03-05T17:00"));
        assertThat(d.late()).isFalse();
        assertThat(d.reason()).isEqualTo("Cần xác minh thêm với cơ quan thuế");
    }

    @Test
    void an_apology_after_the_due_moment_is_kept_but_marked_late() {
        ApologyRules.Decision d = rules.decide(dossier("2026-03-06T10:00"), false, request("2026-03-12"),
                at("2026-03-06T09:00"), WEEKDAYS);
        assertThat(d.late()).isTrue();
    }

    @Test
    void the_new_date_must_be_a_working_day_after_the_appointment_and_not_in_the_past() {
        Dossier d = dossier("2026-03-06T10:00");
        Instant now = at("2026-03-04T09:00");
        assertThat(problem(() -> rules.decide(d, false, request("2026-03-06"), now, WEEKDAYS)))
                .isEqualTo("newDate:apology.error.newDate.notAfter");
        assertThat(problem(() -> rules.decide(d, false, request("2026-03-07"), now, WEEKDAYS)))
                .isEqualTo("newDate:apology.error.newDate.notWorkingDay");
        assertThat(problem(() -> rules.decide(d, false, request("07/03/2026"), now, WEEKDAYS)))
                .isEqualTo("newDate:apology.error.newDate.format");
        assertThat(problem(() -> rules.decide(d, false, request(""), now, WEEKDAYS)))
                .isEqualTo("newDate:apology.error.newDate.required");
        // long overdue (appointment 06/03), today 16/03: the 10th is after the appointment but already past
        assertThat(problem(() -> rules.decide(d, false, request("2026-03-10"), at("2026-03-16T09:00"), WEEKDAYS)))
                .isEqualTo("newDate:apology.error.newDate.past");
    }

    @Test
    void reason_signer_and_unit_are_required_each_with_its_own_message() {
        RuleViolation e = violation(() -> rules.decide(dossier("2026-03-06T10:00"), false,
                new ApologyRequest(" ", "2026-03-12", "", null, "x".repeat(301)), at("2026-03-04T09:00"), WEEKDAYS));
        assertThat(e.problems()).extracting(p -> p.field() + ":" + p.key()).containsExactly(
                "reason:apology.error.reason.required", "signerName:apology.error.signerName.required",
                "signerTitle:apology.error.signerTitle.required", "issuingUnit:apology.error.tooLong");
    }

    @Test
    void only_one_re_schedule_and_none_for_a_finished_dossier() {
        Instant now = at("2026-03-04T09:00");
        RuleViolation twice = violation(() -> rules.decide(dossier("2026-03-06T10:00"), true, request("2026-03-12"),
                now, WEEKDAYS));
        assertThat(twice.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(twice.key()).isEqualTo("apology.error.already");
        Dossier moved = new Dossier(1, "H", 10, 20, null, null, null, null, at("2026-03-02T08:30"),
                at("2026-03-12T17:00"), at("2026-03-06T10:00"), null, null);
        assertThat(violation(() -> rules.decide(moved, false, request("2026-03-13"), now, WEEKDAYS)).key())
                .isEqualTo("apology.error.already");
        Dossier returned = new Dossier(1, "H", 10, 20, null, null, null, null, at("2026-03-02T08:30"),
                at("2026-03-06T10:00"), null, null, at("2026-03-04T08:00"));
        assertThat(violation(() -> rules.decide(returned, false, request("2026-03-12"), now, WEEKDAYS)).key())
                .isEqualTo("apology.error.finished");
    }

    private static String problem(Runnable r) {
        RuleViolation e = violation(r);
        return e.problems().get(0).field() + ":" + e.problems().get(0).key();
    }

    private static RuleViolation violation(Runnable r) {
        try {
            r.run();
        } catch (RuleViolation e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
