package vn.hailong.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The counting rule of product.md §2 on the real 2024–2026 calendar, in Vietnam's time zone. */
class OfficeClockTest {

    static OfficeClock clock() throws IOException {
        return new OfficeClock(WorkingCalendarTest.national(), OfficeClock.DEFAULT_HOURS, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+07:00").toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T09:00 | 0  | WORKING_DAYS  | 2026-03-02T17:00 | day 0 closes the same day
            2026-03-02T09:00 | 1  | WORKING_DAYS  | 2026-03-03T17:00 | next working day
            2026-03-02T16:59 | 1  | WORKING_DAYS  | 2026-03-03T17:00 | receiving late in the day does not matter
            2026-03-02T18:30 | 1  | WORKING_DAYS  | 2026-03-03T17:00 | after hours is still day 0
            2026-03-06T10:00 | 1  | WORKING_DAYS  | 2026-03-09T17:00 | skips the weekend
            2026-03-07T10:00 | 1  | WORKING_DAYS  | 2026-03-09T17:00 | received on a Saturday
            2026-03-07T10:00 | 0  | WORKING_DAYS  | 2026-03-09T17:00 | n=0 on a rest day: close of the next working day
            2026-02-12T16:59 | 2  | WORKING_DAYS  | 2026-02-23T17:00 | skips Tết Bính Ngọ
            2026-02-12T10:00 | 5  | WORKING_DAYS  | 2026-02-26T17:00 | five days across Tết
            2026-01-09T10:00 | 1  | WORKING_DAYS  | 2026-01-10T17:00 | the làm bù Saturday counts
            2026-04-24T10:00 | 1  | WORKING_DAYS  | 2026-04-28T17:00 | skips the nghỉ bù Monday 27/4
            2026-04-29T10:00 | 15 | WORKING_DAYS  | 2026-05-22T17:00 | PAKN answer over 30/4–1/5
            2026-11-20T10:00 | 3  | WORKING_DAYS  | 2026-11-26T17:00 | skips Ngày Văn hóa Việt Nam
            2025-01-24T10:00 | 1  | WORKING_DAYS  | 2025-02-03T17:00 | Tết Ất Tỵ
            """)
    void due_moments(String from, int amount, DeadlineUnit unit, String expected, String why) throws IOException {
        assertThat(clock().due(at(from), amount, unit)).as(why).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "{0} + {1} working hours = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T08:00 | 8 | 2026-03-02T17:00 | a full day from the opening ends at the close
            2026-03-02T08:00 | 4 | 2026-03-02T12:00 | the morning
            2026-03-02T09:00 | 4 | 2026-03-02T14:00 | the lunch break does not count
            2026-03-02T12:30 | 1 | 2026-03-02T14:00 | received at lunch: counted from 13:00
            2026-03-02T07:00 | 1 | 2026-03-02T09:00 | before opening: counted from 08:00
            2026-03-02T16:30 | 1 | 2026-03-03T08:30 | spills into the next morning
            2026-03-02T18:00 | 4 | 2026-03-03T12:00 | after hours: from the next opening
            2026-03-06T15:00 | 4 | 2026-03-09T10:00 | over the weekend
            2026-02-13T15:00 | 4 | 2026-02-23T10:00 | over Tết
            2026-01-09T16:00 | 2 | 2026-01-10T09:00 | the làm bù Saturday has office hours
            2026-03-02T10:15 | 0 | 2026-03-02T10:15 | zero hours inside office hours: now
            2026-03-02T12:15 | 0 | 2026-03-02T13:00 | zero hours at lunch: the next opening
            """)
    void working_hours_are_counted_inside_office_hours_only(String from, int hours, String expected, String why)
            throws IOException {
        assertThat(clock().due(at(from), hours, DeadlineUnit.WORKING_HOURS)).as(why).isEqualTo(at(expected));
    }

    @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-12T16:59 | 30 | 2026-03-14T16:59
            2026-12-20T09:15 | 45 | 2027-02-03T09:15
            2026-03-02T09:00 | 0  | 2026-03-02T09:00
            """)
    void calendar_days_keep_the_clock_time_and_ignore_holidays(String from, int days, String expected) throws IOException {
        assertThat(clock().due(at(from), days, DeadlineUnit.CALENDAR_DAYS)).isEqualTo(at(expected));
    }

    @Test
    void office_hours_are_configurable_and_checked() {
        assertThat(OfficeClock.parseHours("07:30-11:30, 13:30-17:30")).hasSize(2);
        assertThatThrownBy(() -> OfficeClock.parseHours("08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficeClock(WorkingCalendar.builder().build(),
                OfficeClock.parseHours("08:00-12:00,11:00-17:00"), ZoneId.of("Asia/Ho_Chi_Minh")))
                .isInstanceOf(IllegalArgumentException.class);
        var early = new OfficeClock(WorkingCalendar.builder().build(), OfficeClock.parseHours("07:30-11:30,13:30-17:30"),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(early.due(at("2027-03-01T10:00"), 1, DeadlineUnit.WORKING_DAYS)).isEqualTo(at("2027-03-02T17:30"));
        assertThat(early.due(at("2027-03-01T11:00"), 1, DeadlineUnit.WORKING_HOURS)).isEqualTo(at("2027-03-01T14:00"));
    }

    @Test
    void negative_amounts_are_refused() {
        assertThatThrownBy(() -> clock().due(at("2026-03-02T09:00"), -1, DeadlineUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
