package vn.hailong.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** QĐ 766 group 5: min(1, rate / threshold) × max points (domain.md §3). */
class Qd766Test {

    @Test
    void full_points_at_the_threshold_and_a_proportional_share_below() {
        assertThat(Qd766.indicator("X", 95.0, 90, 6).points()).isEqualTo(6.0);
        assertThat(Qd766.indicator("X", 90.0, 90, 6).points()).isEqualTo(6.0);
        // 72 / 90 × 6 = 4.8
        assertThat(Qd766.indicator("X", 72.0, 90, 6).points()).isEqualTo(4.8);
    }

    @Test
    void an_indicator_without_data_has_no_points_and_the_group_no_total() {
        Qd766.Indicator none = Qd766.indicator("DOSSIER", null, 90, 6);
        assertThat(none.points()).isNull();
        Qd766.Group g = Qd766.group(List.of(Qd766.indicator("A", 90.0, 90, 6), Qd766.indicator("B", 45.0, 90, 6), none));
        assertThat(g.maxPoints()).isEqualTo(18.0);
        assertThat(g.points()).isNull();
        assertThat(g.complete()).isFalse();
        Qd766.Group two = Qd766.group(List.of(Qd766.indicator("A", 90.0, 90, 6), Qd766.indicator("B", 45.0, 90, 6)));
        assertThat(two.points()).isEqualTo(9.0);
    }
}
