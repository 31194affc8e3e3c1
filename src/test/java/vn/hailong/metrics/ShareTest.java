package vn.hailong.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShareTest {

    @Test
    void the_wilson_interval_matches_the_textbook_values() {
        // 8 of 10: p = 0.8, z = 1.96 → 0.4902 … 0.9433 (Wilson 1927; Newcombe 1998, table I)
        assertThat(Interval.wilson(8, 10)).isEqualTo(new Interval(49.0, 94.3));
        // 0 of 20 still has an upper end above 0: 0 … 16.1%
        assertThat(Interval.wilson(0, 20)).isEqualTo(new Interval(0.0, 16.1));
        assertThat(Interval.wilson(20, 20)).isEqualTo(new Interval(83.9, 100.0));
    }

    @Test
    void a_share_knows_its_sample_and_has_no_value_without_data() {
        Share s = Share.of(27, 30, 30);
        assertThat(s.pct()).isEqualTo(90.0);
        assertThat(s.enough()).isTrue();
        assertThat(s.shown()).isTrue();
        Share small = Share.of(5, 6, 30);
        assertThat(small.pct()).isEqualTo(83.3);
        assertThat(small.shown()).as("chưa đủ mẫu").isFalse();
        Share none = Share.of(0, 0, 30);
        assertThat(none.pct()).as("chưa có dữ liệu, never 0").isNull();
        assertThat(none.ci95()).isNull();
        assertThat(none.hasData()).isFalse();
    }

    @Test
    void ranking_uses_the_lower_end_of_the_interval_and_puts_small_samples_last() {
        GroupFigure lucky = group("A", Share.of(5, 5, 3));        // 100%, [56.6, 100]
        GroupFigure steady = group("B", Share.of(180, 200, 3));   // 90%,  [85.1, 93.4]
        GroupFigure tiny = group("C", Share.of(2, 2, 3));         // below the minimum sample
        assertThat(SatisfactionFigures.ranked(java.util.List.of(lucky, tiny, steady)))
                .extracting(GroupFigure::key).containsExactly("B", "A", "C");
    }

    @Test
    void a_distribution_adds_up_and_gives_its_percentages() {
        Distribution d = Distribution.of(5).plus(Distribution.of(4)).plus(Distribution.of(1)).plus(3, 1);
        assertThat(d.n()).isEqualTo(4);
        assertThat(d.satisfied()).isEqualTo(2);
        assertThat(d.percentages()).containsExactly(25.0, 0.0, 25.0, 25.0, 25.0);
    }

    private static GroupFigure group(String key, Share share) {
        return new GroupFigure(key, key, null, Distribution.EMPTY, share, null);
    }
}
