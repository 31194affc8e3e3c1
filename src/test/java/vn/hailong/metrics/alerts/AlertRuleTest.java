package vn.hailong.metrics.alerts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertRuleTest {

    @Test
    void a_cell_is_below_target_only_with_enough_n_and_the_whole_interval_below() {
        // 30 of 40 satisfied: 75%, Wilson 95% interval 59.8–85.8
        assertThat(AlertRule.below(40, 30, 85.8, 90)).isTrue();
        assertThat(AlertRule.below(40, 30, 85.8, 85)).isFalse();
        // the interval reaches the target: the point may be below, the data are not sure
        assertThat(AlertRule.below(40, 30, 90.0, 90)).isFalse();
        // too few ratings, however bad
        assertThat(AlertRule.below(29, 30, 20, 90)).isFalse();
        assertThat(AlertRule.below(0, 0, 0, 90)).isFalse();
    }

    @Test
    void the_largest_sure_shortfall_comes_first() {
        Alert a = new Alert("UNIT", "A", "A", null, 100, 70, 70, 60.4, 78.1, 90, AlertRule.gap(90, 78.1));
        Alert b = new Alert("OFFICER", "B", "B", null, 40, 20, 50, 35.2, 64.8, 90, AlertRule.gap(90, 64.8));
        Alert c = new Alert("SECTOR", "C", "C", null, 500, 410, 82, 78.4, 85.1, 85, AlertRule.gap(85, 85.1));
        assertThat(a.gap()).isEqualTo(11.9);
        assertThat(AlertRule.worstFirst(List.of(a, c, b))).extracting(Alert::key).containsExactly("B", "A", "C");
    }

    @Test
    void presets_count_from_today_and_a_custom_range_is_checked() {
        LocalDate today = LocalDate.of(2026, 5, 20);
        assertThat(Period.Preset.THIS_YEAR.on(today)).isEqualTo(new Period("nam-nay", LocalDate.of(2026, 1, 1), today));
        assertThat(Period.Preset.THIS_QUARTER.on(today).from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Period.Preset.LAST_QUARTER.on(today))
                .isEqualTo(new Period("quy-truoc", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        assertThat(Period.Preset.LAST_QUARTER.on(LocalDate.of(2026, 2, 1)))
                .isEqualTo(new Period("quy-truoc", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(Period.Preset.LAST_MONTH.on(today))
                .isEqualTo(new Period("thang-truoc", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        assertThat(Period.Preset.LAST_YEAR.on(today))
                .isEqualTo(new Period("nam-truoc", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(Period.named(null, null, null, today, Period.Preset.THIS_YEAR).key()).isEqualTo("nam-nay");
        assertThat(Period.named("tuy-chon", "2026-02-01", "2026-02-28", today, Period.Preset.THIS_YEAR))
                .isEqualTo(new Period("tuy-chon", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThatThrownBy(() -> Period.named("tuy-chon", "2026-03-01", "2026-02-01", today, Period.Preset.THIS_YEAR))
                .hasMessageContaining("targets.error.period.order");
        assertThatThrownBy(() -> Period.named("tuy-chon", "hôm qua", "2026-02-01", today, Period.Preset.THIS_YEAR))
                .hasMessageContaining("targets.error.period.date");
    }
}
