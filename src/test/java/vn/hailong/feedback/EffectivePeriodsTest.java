package vn.hailong.feedback;

import org.junit.jupiter.api.Test;
import vn.hailong.feedback.EffectivePeriods.Period;
import vn.hailong.shared.errors.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EffectivePeriodsTest {

    static final LocalDate D2017 = LocalDate.of(2017, 10, 10);
    static final LocalDate D2024 = LocalDate.of(2024, 1, 1);

    @Test
    void an_open_end_is_closed_the_day_before_the_next_start() {
        List<Period> settled = EffectivePeriods.settle(List.of(
                new Period("B", D2024, null), new Period("A", D2017, null), new Period("C", null, null)));
        assertThat(settled).containsExactly(new Period("A", D2017, LocalDate.of(2023, 12, 31)),
                new Period("B", D2024, null), new Period("C", null, null));
    }

    @Test
    void exactly_one_is_in_effect_on_each_day_from_the_first_start() {
        List<Period> settled = EffectivePeriods.settle(List.of(new Period("A", D2017, null), new Period("B", D2024, null)));
        assertThat(EffectivePeriods.inEffectOn(settled, D2017.minusDays(1))).isEmpty();
        assertThat(EffectivePeriods.inEffectOn(settled, D2017)).map(Period::code).contains("A");
        assertThat(EffectivePeriods.inEffectOn(settled, D2024.minusDays(1))).map(Period::code).contains("A");
        assertThat(EffectivePeriods.inEffectOn(settled, D2024)).map(Period::code).contains("B");
        assertThat(EffectivePeriods.inEffectOn(settled, LocalDate.of(2099, 1, 1))).map(Period::code).contains("B");
    }

    @Test
    void explicit_ends_that_meet_the_next_start_are_kept() {
        List<Period> periods = List.of(new Period("A", D2017, D2024.minusDays(1)), new Period("B", D2024, null));
        assertThat(EffectivePeriods.settle(periods)).containsExactlyElementsOf(periods);
    }

    @Test
    void an_instrument_not_in_use_is_in_effect_on_no_day() {
        List<Period> settled = EffectivePeriods.settle(List.of(new Period("A", D2017, null), new Period("B", null, null)));
        assertThat(settled).containsExactly(new Period("A", D2017, null), new Period("B", null, null));
        assertThat(EffectivePeriods.inEffectOn(settled, D2024)).map(Period::code).contains("A");
    }

    @Test
    void overlaps_gaps_and_an_ending_last_instrument_are_refused() {
        assertRefused(List.of(new Period("A", D2017, D2024), new Period("B", D2024, null)), "to-A", "instruments.error.overlap");
        assertRefused(List.of(new Period("A", D2017, D2024.minusDays(2)), new Period("B", D2024, null)), "to-A", "instruments.error.gap");
        assertRefused(List.of(new Period("A", D2017, null), new Period("B", D2024, D2024.plusYears(1))), "to-B", "instruments.error.lastEnds");
        assertRefused(List.of(new Period("A", D2017, null), new Period("B", D2017, null)), "from-B", "instruments.error.sameStart");
    }

    @Test
    void dates_that_make_no_period_are_refused() {
        assertRefused(List.of(new Period("A", null, null)), "form", "instruments.error.noneInEffect");
        assertRefused(List.of(new Period("A", D2024, D2017)), "to-A", "instruments.error.endBeforeStart");
        assertRefused(List.of(new Period("A", D2017, null), new Period("B", null, D2024)), "from-B", "instruments.error.endWithoutStart");
    }

    @Test
    void days_that_had_an_instrument_keep_one() {
        List<Period> later = List.of(new Period("A", null, null), new Period("B", D2024, null));
        assertThatThrownBy(() -> EffectivePeriods.settle(later, D2017)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("instruments.error.uncovered"));
        assertThat(EffectivePeriods.settle(List.of(new Period("A", D2017.minusYears(1), null)), D2017)).hasSize(1);
    }

    private static void assertRefused(List<Period> periods, String field, String key) {
        assertThatThrownBy(() -> EffectivePeriods.settle(periods)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.problems().get(0).field()).isEqualTo(field);
            assertThat(e.key()).isEqualTo(key);
        });
    }
}
