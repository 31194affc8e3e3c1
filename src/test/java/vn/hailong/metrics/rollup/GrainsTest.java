package vn.hailong.metrics.rollup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GrainsTest {

    private static Grains.Segment d(String from, String to) {
        return new Grains.Segment('D', LocalDate.parse(from), LocalDate.parse(to));
    }

    private static Grains.Segment m(String from, String to) {
        return new Grains.Segment('M', LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void a_year_is_twelve_month_rows() {
        assertThat(Grains.split(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")))
                .containsExactly(m("2026-01-01", "2026-12-01"));
    }

    @Test
    void partial_months_at_either_end_are_read_from_day_rows() {
        assertThat(Grains.split(LocalDate.parse("2026-01-15"), LocalDate.parse("2026-03-10")))
                .containsExactly(d("2026-01-15", "2026-01-31"), m("2026-02-01", "2026-02-01"), d("2026-03-01", "2026-03-10"));
        assertThat(Grains.split(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29")))
                .containsExactly(m("2024-02-01", "2024-02-01"));
    }

    @Test
    void a_range_inside_a_month_or_across_a_month_end_is_days_only() {
        assertThat(Grains.split(LocalDate.parse("2026-02-03"), LocalDate.parse("2026-02-20")))
                .containsExactly(d("2026-02-03", "2026-02-20"));
        assertThat(Grains.split(LocalDate.parse("2026-01-31"), LocalDate.parse("2026-02-01")))
                .containsExactly(d("2026-01-31", "2026-02-01"));
        assertThat(Grains.split(LocalDate.parse("2026-05-05"), LocalDate.parse("2026-05-04"))).isEmpty();
    }
}
