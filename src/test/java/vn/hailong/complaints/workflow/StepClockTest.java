package vn.hailong.complaints.workflow;

import org.junit.jupiter.api.Test;
import vn.hailong.calendar.DayKind;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.calendar.OfficeClock;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.shared.time.ClockFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Step clocks on a pure calendar: Tết Bính Ngọ 14–22/2/2026 off. */
class StepClockTest {

    static final WorkingCalendar CALENDAR;

    static {
        WorkingCalendar.Builder b = WorkingCalendar.builder();
        for (LocalDate d = LocalDate.of(2026, 2, 14); !d.isAfter(LocalDate.of(2026, 2, 22)); d = d.plusDays(1)) {
            b.mark(d, DayKind.HOLIDAY);
        }
        CALENDAR = b.build();
    }

    static final OfficeClock OFFICE = new OfficeClock(CALENDAR, OfficeClock.DEFAULT_HOURS, ClockFactory.VIETNAM);

    static final Clockwork CLOCK = new Clockwork() {
        @Override
        public Instant due(Instant from, int amount, DeadlineUnit unit) {
            return OFFICE.due(from, amount, unit);
        }

        @Override
        public Duration officeTimeBetween(Instant from, Instant to) {
            return OFFICE.officeTimeBetween(from, to);
        }

        @Override
        public Instant plusOfficeTime(Instant from, Duration officeTime) {
            return OFFICE.plusOfficeTime(from, officeTime);
        }
    };

    static Instant at(String local) {
        return OffsetDateTime.parse(local + "+07:00").toInstant();
    }

    static DeadlinePolicy policy(int amount, DeadlineUnit unit, int maxExtensions, int extension) {
        return new DeadlinePolicy(1L, CaseType.TO_CAO, Urgency.PHUC_TAP, false, Step.ANSWER, CountedFrom.ACCEPTANCE,
                amount, unit, maxExtensions, extension, extension == 0 ? null : DeadlineUnit.CALENDAR_DAYS, 75,
                "test", LocalDate.of(2019, 1, 1), null);
    }

    @Test
    void a_pause_over_tet_moves_a_working_day_clock_by_the_office_time_it_stood_still() {
        StepClock s = StepClock.start(1, 1, policy(5, DeadlineUnit.WORKING_DAYS, 0, 0), at("2026-02-12T09:00"), CLOCK);
        // Fri 13/2 (1), Mon 23/2 (2) … Thu 26/2 (5)
        assertThat(s.dueAt()).isEqualTo(at("2026-02-26T17:00"));
        // paused Fri 13/2 15:00 → Tue 24/2 09:00: 2 h + (Tết) + 8 h (Mon 23) + 1 h = 11 office hours
        StepClock resumed = s.pause(at("2026-02-13T15:00")).resume(at("2026-02-24T09:00"), CLOCK);
        assertThat(resumed.pausedSeconds()).isEqualTo(Duration.ofHours(11).toSeconds());
        // 11 office hours after Thu 26/2 17:00: Fri 27/2 8 h, Mon 2/3 08:00–12:00 3 h → 11:00
        assertThat(resumed.dueAt()).isEqualTo(at("2026-03-02T11:00"));
        assertThat(resumed.recomputedDue(CLOCK)).isEqualTo(resumed.dueAt());
    }

    @Test
    void a_calendar_day_clock_pauses_by_elapsed_time_and_extends_by_its_policy() {
        DeadlinePolicy p = policy(30, DeadlineUnit.CALENDAR_DAYS, 1, 30);
        StepClock s = StepClock.start(1, 1, p, at("2026-03-02T10:00"), CLOCK);
        assertThat(s.dueAt()).isEqualTo(at("2026-04-01T10:00"));
        StepClock resumed = s.pause(at("2026-03-05T10:00")).resume(at("2026-03-07T16:00"), CLOCK);
        assertThat(resumed.dueAt()).isEqualTo(at("2026-04-03T16:00"));
        StepClock extended = resumed.extend(p, CLOCK);
        assertThat(extended.dueAt()).isEqualTo(at("2026-05-03T16:00"));
        assertThat(extended.extensions()).isEqualTo(1);
        assertThat(p.allowsExtension(extended.extensions())).isFalse();
        assertThat(extended.recomputedDue(CLOCK)).isEqualTo(extended.dueAt());
    }

    @Test
    void a_paused_clock_ended_is_late_only_if_it_was_paused_after_its_due_time() {
        StepClock s = StepClock.start(1, 1, policy(1, DeadlineUnit.WORKING_DAYS, 0, 0), at("2026-03-02T09:00"), CLOCK);
        assertThat(s.pause(at("2026-03-03T10:00")).end(at("2026-03-20T10:00")).endedLate()).isFalse();
        assertThat(s.end(at("2026-03-03T17:01")).endedLate()).isTrue();
        assertThat(s.lapse(at("2026-03-20T10:00")).endedLate()).isFalse();
    }

    @Test
    void the_warning_falls_at_the_share_of_elapsed_time() {
        StepClock s = StepClock.start(1, 1, policy(4, DeadlineUnit.CALENDAR_DAYS, 0, 0), at("2026-03-02T00:00"), CLOCK);
        assertThat(s.warnAt()).isEqualTo(at("2026-03-05T00:00"));
    }

    @Test
    void policies_fall_back_to_milder_urgency_and_to_not_remote() {
        DeadlinePolicy normal = new DeadlinePolicy(1L, CaseType.KHIEU_NAI_1, Urgency.BINH_THUONG, false, Step.ANSWER,
                CountedFrom.ACCEPTANCE, 30, DeadlineUnit.CALENDAR_DAYS, 0, 0, null, 75, "t", LocalDate.of(2019, 1, 1), null);
        DeadlinePolicy complex = new DeadlinePolicy(2L, CaseType.KHIEU_NAI_1, Urgency.PHUC_TAP, false, Step.ANSWER,
                CountedFrom.ACCEPTANCE, 45, DeadlineUnit.CALENDAR_DAYS, 0, 0, null, 75, "t", LocalDate.of(2019, 1, 1), null);
        var all = java.util.List.of(normal, complex);
        assertThat(DeadlinePolicies.pick(all, Step.ANSWER, Urgency.DAC_BIET_PHUC_TAP, true)).contains(complex);
        assertThat(DeadlinePolicies.pick(all, Step.ANSWER, Urgency.KHAN, false)).contains(normal);
        assertThat(DeadlinePolicies.pick(all, Step.ACCEPT, Urgency.KHAN, false)).isEmpty();
    }
}
