package vn.hailong.metrics.targets;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetLookupTest {

    private static final List<String> WARD = List.of("19789.TTPVHCC", "19789", "46");
    private static long ids;

    private static SatisfactionTarget row(int year, String unit, TargetMeasure m, String sector, String pct) {
        return new SatisfactionTarget(++ids, year, unit, m, sector, new BigDecimal(pct), "src " + year, "t",
                Instant.EPOCH);
    }

    private final TargetLookup lookup = new TargetLookup(List.of(
            row(2022, null, TargetMeasure.OVERALL, null, "90"),
            row(2030, null, TargetMeasure.OVERALL, null, "95"),
            row(2022, null, TargetMeasure.SECTOR, "DAT-DAI", "85"),
            row(2025, "46", TargetMeasure.OVERALL, null, "91"),
            row(2024, "19789", TargetMeasure.OVERALL, null, "88"),
            row(2027, "19789", TargetMeasure.OVERALL, null, "89"),
            row(2026, "19789", TargetMeasure.SECTOR, "DAT-DAI", "86")));

    @Test
    void a_unit_without_its_own_target_takes_its_nearest_ancestors() {
        ResolvedTarget t = lookup.find(WARD, 2025, TargetMeasure.OVERALL, null, null).orElseThrow();
        assertThat(t.pct()).isEqualByComparingTo("88");
        assertThat(t.unitCode()).isEqualTo("19789");
        assertThat(t.year()).isEqualTo(2024);
    }

    @Test
    void a_year_without_a_row_takes_the_latest_earlier_year() {
        assertThat(lookup.find(WARD, 2026, TargetMeasure.OVERALL, null, null).orElseThrow().pct()).isEqualByComparingTo("88");
        assertThat(lookup.find(WARD, 2029, TargetMeasure.OVERALL, null, null).orElseThrow().pct()).isEqualByComparingTo("89");
        // before the ward's first row its ancestors answer
        ResolvedTarget early = lookup.find(WARD, 2023, TargetMeasure.OVERALL, null, null).orElseThrow();
        assertThat(early.pct()).isEqualByComparingTo("90");
        assertThat(early.unitCode()).isNull();
        assertThat(early.year()).isEqualTo(2022);
    }

    @Test
    void the_province_and_every_unit_answer_for_units_without_rows() {
        List<String> other = List.of("19753", "46");
        assertThat(lookup.find(other, 2025, TargetMeasure.OVERALL, null, null).orElseThrow().pct()).isEqualByComparingTo("91");
        // the province's own 2025 row is nearer than every unit's 2030 row
        assertThat(lookup.find(other, 2031, TargetMeasure.OVERALL, null, null).orElseThrow().pct()).isEqualByComparingTo("91");
        assertThat(lookup.find(List.of("99"), 2031, TargetMeasure.OVERALL, null, null).orElseThrow().pct()).isEqualByComparingTo("95");
        assertThat(lookup.find(List.of(), 2021, TargetMeasure.OVERALL, null, null)).isEmpty();
    }

    @Test
    void a_sector_target_is_per_sector_and_falls_back_to_the_sectors_default() {
        assertThat(lookup.find(WARD, 2025, TargetMeasure.SECTOR, "DAT-DAI", new BigDecimal("80")).orElseThrow().pct())
                .isEqualByComparingTo("85");
        assertThat(lookup.find(WARD, 2026, TargetMeasure.SECTOR, "DAT-DAI", new BigDecimal("80")).orElseThrow().pct())
                .isEqualByComparingTo("86");
        ResolvedTarget fallback = lookup.find(WARD, 2026, TargetMeasure.SECTOR, "HO-TICH", new BigDecimal("90"))
                .orElseThrow();
        assertThat(fallback.origin()).isEqualTo(ResolvedTarget.Origin.SECTOR_DEFAULT);
        assertThat(fallback.pct()).isEqualByComparingTo("90");
        assertThat(lookup.find(WARD, 2026, TargetMeasure.SECTOR, "HO-TICH", null)).isEmpty();
        // an overall row is no sector target
        assertThat(lookup.find(WARD, 2026, TargetMeasure.ONLINE, null, null)).isEmpty();
    }

    @Test
    void percentages_are_typed_with_a_comma_or_a_point_and_at_most_two_decimals() {
        assertThat(Targets.percent("85")).isEqualByComparingTo("85");
        assertThat(Targets.percent(" 87,5 ")).isEqualByComparingTo("87.5");
        assertThat(Targets.percent("87.25%")).isEqualByComparingTo("87.25");
        assertThat(Targets.percent("100")).isEqualByComparingTo("100");
        assertThat(Targets.percent("100.5")).isNull();
        assertThat(Targets.percent("87.125")).isNull();
        assertThat(Targets.percent("-1")).isNull();
        assertThat(Targets.percent("abc")).isNull();
        assertThat(Targets.percent("")).isNull();
    }
}
