package vn.hailong.metrics.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;

class ReportKindTest {

    @Test
    void each_period_and_the_one_of_the_same_length_before_it() {
        assertThat(ReportKind.Q1.from(2026)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ReportKind.Q1.to(2026)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportKind.Q1.previousFrom(2026)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(ReportKind.Q1.previousTo(2026)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ReportKind.Q3.from(2026)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ReportKind.Q3.to(2026)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ReportKind.H1.to(2026)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportKind.H1.previousFrom(2026)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(ReportKind.M9.to(2026)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ReportKind.M9.previousFrom(2026)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(ReportKind.YEAR.to(2024)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(ReportKind.YEAR.previousFrom(2024)).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void the_seed_plans_due_dates() {
        assertThat(ReportKind.H1.deadlines()).extracting(ReportKind.Deadline::due).containsExactly(MonthDay.of(6, 10));
        assertThat(ReportKind.YEAR.deadlines()).extracting(ReportKind.Deadline::due)
                .containsExactly(MonthDay.of(11, 10), MonthDay.of(11, 25));
        assertThat(ReportKind.Q2.deadlines()).extracting(ReportKind.Deadline::due).containsExactly(MonthDay.of(6, 15));
        assertThat(ReportKind.parse("h1")).contains(ReportKind.H1);
        assertThat(ReportKind.parse("H7")).isEmpty();
    }
}
