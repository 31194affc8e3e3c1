package vn.hailong.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of {@link WorkingCalendar}, checked against the real 2024–2026 seed migration (domain.md §5.2). */
class WorkingCalendarTest {

    static final Path SEED = Path.of("migrations", "V2026_11_23_2130__seed_holidays_2024_2026.sql");
    static final Pattern ROW = Pattern.compile("\\('VN', NULL, '(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|WORKING_DAY)', '([^']+)'");

    record Seeded(LocalDate day, DayKind kind, String name) {
    }

    static List<Seeded> seed() throws IOException {
        Matcher m = ROW.matcher(Files.readString(SEED, StandardCharsets.UTF_8));
        List<Seeded> rows = new java.util.ArrayList<>();
        while (m.find()) {
            rows.add(new Seeded(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3)));
        }
        return rows;
    }

    static WorkingCalendar national() throws IOException {
        WorkingCalendar.Builder b = WorkingCalendar.builder();
        seed().forEach(s -> b.mark(s.day(), s.kind()));
        return b.build();
    }

    @ParameterizedTest(name = "{0} is {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-01 | off     | Tết Dương lịch 2024 (Monday)
            2024-02-07 | working | the day before Tết Giáp Thìn
            2024-02-08 | off     | Tết Giáp Thìn starts (Thursday)
            2024-02-14 | off     | Tết Giáp Thìn ends (Wednesday)
            2024-02-15 | working | back after Tết 2024
            2024-04-18 | off     | Giỗ Tổ 2024
            2024-04-29 | off     | Monday swapped before 30/4 2024
            2024-05-01 | off     | 1/5 2024
            2024-05-04 | working | làm bù Saturday 4/5/2024
            2024-09-03 | off     | Quốc khánh 2024 (Tuesday)
            2024-09-04 | working | after Quốc khánh 2024
            2025-01-01 | off     | Tết Dương lịch 2025
            2025-01-24 | working | Friday before Tết Ất Tỵ
            2025-01-27 | off     | Tết Ất Tỵ (Monday)
            2025-01-31 | off     | Tết Ất Tỵ (Friday)
            2025-02-03 | working | back after Tết 2025
            2025-04-07 | off     | Giỗ Tổ 2025 (Monday)
            2025-04-26 | working | làm bù Saturday 26/4/2025
            2025-05-02 | off     | Friday swapped, 2025
            2025-09-01 | off     | Quốc khánh 2025 (Monday)
            2025-09-03 | working | after Quốc khánh 2025
            2026-01-01 | off     | Tết Dương lịch 2026 (Thursday)
            2026-01-02 | off     | Friday 2/1/2026 swapped
            2026-01-05 | working | first Monday of 2026
            2026-01-10 | working | làm bù Saturday 10/1/2026
            2026-01-11 | off     | an ordinary Sunday
            2026-02-13 | working | Friday before Tết Bính Ngọ
            2026-02-16 | off     | Tết Bính Ngọ (Monday)
            2026-02-17 | off     | Tết Bính Ngọ
            2026-02-18 | off     | Tết Bính Ngọ
            2026-02-19 | off     | Tết Bính Ngọ
            2026-02-20 | off     | Tết Bính Ngọ (Friday)
            2026-02-23 | working | back after Tết 2026
            2026-04-24 | working | Friday before Giỗ Tổ 2026
            2026-04-27 | off     | nghỉ bù Giỗ Tổ (Monday 27/4/2026)
            2026-04-28 | working | Tuesday after the nghỉ bù
            2026-04-30 | off     | 30/4 2026 (Thursday)
            2026-05-01 | off     | 1/5 2026 (Friday)
            2026-05-04 | working | Monday after 1/5 2026
            2026-08-22 | working | làm bù Saturday 22/8/2026
            2026-08-31 | off     | Monday 31/8/2026 swapped
            2026-09-01 | off     | Quốc khánh 2026 (Tuesday)
            2026-09-02 | off     | Quốc khánh 2026 (Wednesday)
            2026-09-03 | working | after Quốc khánh 2026
            2026-11-23 | working | Monday before Ngày Văn hóa Việt Nam (swap only proposed)
            2026-11-24 | off     | Ngày Văn hóa Việt Nam (Tuesday)
            2026-11-28 | off     | Saturday 28/11/2026 stays a rest day
            """)
    void national_calendar_2024_2026(LocalDate day, String expected, String why) throws IOException {
        assertThat(national().isWorkingDay(day)).as(why).isEqualTo(expected.equals("working"));
    }

    @Test
    void every_make_up_working_day_is_a_saturday_and_no_day_is_listed_twice() throws IOException {
        List<Seeded> rows = seed();
        assertThat(rows).hasSizeGreaterThan(60);
        Set<LocalDate> seen = new HashSet<>();
        for (Seeded row : rows) {
            assertThat(seen.add(row.day())).as("listed twice: " + row.day()).isTrue();
            if (row.kind() == DayKind.WORKING_DAY) {
                assertThat(row.day().getDayOfWeek()).as(row.name()).isEqualTo(DayOfWeek.SATURDAY);
            }
        }
        assertThat(rows).filteredOn(r -> r.kind() == DayKind.WORKING_DAY).extracting(Seeded::day).containsExactly(
                LocalDate.of(2024, 5, 4), LocalDate.of(2025, 4, 26), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
    }

    @Test
    void plain_weeks_work_monday_to_friday() {
        WorkingCalendar calendar = WorkingCalendar.builder().build();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 5))).isTrue();   // Friday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 6))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 7))).isFalse();  // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 8))).isTrue();   // Monday
    }

    @Test
    void a_unit_override_marked_after_the_country_rows_wins() {
        LocalDate festival = LocalDate.of(2026, 6, 8);       // a Monday: a local day off for one unit
        LocalDate nationalHoliday = LocalDate.of(2026, 9, 2); // a unit that must open on the national holiday
        WorkingCalendar unit = WorkingCalendar.builder()
                .holiday(nationalHoliday)
                .holiday(festival)
                .workingDay(nationalHoliday)
                .build();
        assertThat(unit.isWorkingDay(festival)).isFalse();
        assertThat(unit.isWorkingDay(nationalHoliday)).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-12 | 0 | 2026-02-12
            2026-02-12 | 1 | 2026-02-13
            2026-02-12 | 2 | 2026-02-23
            2026-02-13 | 1 | 2026-02-23
            2026-01-09 | 1 | 2026-01-10
            2026-04-24 | 1 | 2026-04-28
            2026-04-29 | 1 | 2026-05-04
            2026-08-28 | 2 | 2026-09-04
            2026-11-20 | 3 | 2026-11-26
            """)
    void working_days_are_counted_from_day_zero_skipping_holidays(LocalDate from, int n, LocalDate expected) throws IOException {
        assertThat(national().plusWorkingDays(from, n)).isEqualTo(expected);
    }

    @Test
    void negative_amounts_are_refused_and_a_calendar_without_working_days_fails_loudly() {
        assertThatThrownBy(() -> WorkingCalendar.builder().build().plusWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
        WorkingCalendar never = WorkingCalendar.builder().restDays(Set.of(DayOfWeek.values())).build();
        assertThatThrownBy(() -> never.plusWorkingDays(LocalDate.of(2026, 1, 5), 1)).isInstanceOf(IllegalStateException.class);
    }
}
