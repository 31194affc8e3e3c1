package vn.hailong.metrics.dashboard;

import org.junit.jupiter.api.Test;
import vn.hailong.metrics.Interval;
import vn.hailong.shared.errors.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 8, 14);

    @Test
    void presets_count_from_today_and_six_and_nine_months_from_the_first_of_january() {
        assertThat(Period.of(null, null, null, TODAY)).isEqualTo(new Period(Period.Preset.YEAR,
                LocalDate.of(2026, 1, 1), TODAY));
        assertThat(Period.of("month", null, null, TODAY).from()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(Period.of("quarter", null, null, TODAY).from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Period.of("6m", null, null, TODAY)).isEqualTo(new Period(Period.Preset.HALF,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        // nine months not over yet: up to today
        assertThat(Period.of("9m", null, null, TODAY).to()).isEqualTo(TODAY);
    }

    @Test
    void dates_alone_make_a_custom_period_and_bad_dates_are_refused() {
        assertThat(Period.of(null, "2026-02-01", "2026-02-28", TODAY)).isEqualTo(new Period(Period.Preset.CUSTOM,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        // with a preset chosen, the dates the form still carries do not count
        assertThat(Period.of("month", "2026-02-01", "2026-02-28", TODAY).preset()).isEqualTo(Period.Preset.MONTH);
        assertThatThrownBy(() -> Period.of("custom", "2026-02-30", "2026-03-01", TODAY)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Period.of("custom", "2026-03-02", "2026-03-01", TODAY)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Period.of("week", null, null, TODAY)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void the_trend_covers_twelve_months_or_the_whole_period_when_longer() {
        assertThat(Period.of("month", null, null, TODAY).trendFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(Period.of(null, "2024-01-15", "2026-03-01", TODAY).trendFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void a_figure_below_target_but_with_the_target_in_its_interval_is_amber_not_red() {
        assertThat(TargetStatus.judge(90.0, new Interval(85, 94), true, 90.0)).isEqualTo(TargetStatus.MET);
        assertThat(TargetStatus.judge(88.0, new Interval(84, 91), true, 90.0)).isEqualTo(TargetStatus.NEAR);
        assertThat(TargetStatus.judge(80.0, new Interval(76, 84), true, 90.0)).isEqualTo(TargetStatus.BELOW);
        // an index without interval: within five points is amber
        assertThat(TargetStatus.judge(86.0, null, true, 90.0)).isEqualTo(TargetStatus.NEAR);
        assertThat(TargetStatus.judge(84.0, null, true, 90.0)).isEqualTo(TargetStatus.BELOW);
        // not judged: no target, too few ratings, no data
        assertThat(TargetStatus.judge(95.0, null, true, null)).isEqualTo(TargetStatus.NONE);
        assertThat(TargetStatus.judge(95.0, new Interval(60, 99), false, 90.0)).isEqualTo(TargetStatus.NONE);
        assertThat(TargetStatus.judge(null, null, false, 90.0)).isEqualTo(TargetStatus.NONE);
    }
}
