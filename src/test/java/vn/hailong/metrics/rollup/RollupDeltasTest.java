package vn.hailong.metrics.rollup;

import org.junit.jupiter.api.Test;
import vn.hailong.metrics.Dimension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RollupDeltasTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-17");
    private static final LocalDate MONTH = LocalDate.parse("2026-03-01");

    @Test
    void a_rating_counts_once_in_every_dimension_it_has_for_its_day_and_its_month() {
        RollupDeltas deltas = new RollupDeltas(Map.of("C1", "E1", "C2", "E1", "C3", "E2")::get);
        deltas.add(new RatingFacts(1, 7, DAY, "KIOSK", 2, 30L, 40L, 50L, "ORGANISATION", List.of("WAITING"),
                Map.of("C1", 4, "C2", 1)));
        deltas.add(new RatingFacts(2, 7, DAY.plusDays(1), "SMS", 5, null, null, null, null, List.of(), Map.of()));
        Map<RollupKey, long[]> rows = deltas.counts(procedure -> procedure == 50 ? 60L : null);

        assertThat(rows.get(key(Dimension.CHANNEL, 'D', DAY, 1, 0, ""))).containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.get(key(Dimension.CHANNEL, 'M', MONTH, 1, 0, ""))).containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.get(key(Dimension.CHANNEL, 'M', MONTH, 3, 0, ""))).containsExactly(0, 0, 0, 0, 1);
        assertThat(rows.get(key(Dimension.SECTOR, 'M', MONTH, 60, 0, ""))).as("sector from procedure")
                .containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.get(key(Dimension.OFFICER_PROCEDURE, 'D', DAY, 40, 50, ""))).containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.get(key(Dimension.OFFICER_CHANNEL, 'D', DAY, 40, 1, ""))).containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.get(key(Dimension.APPLICANT, 'D', DAY, 2, 0, ""))).containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.get(key(Dimension.APPLICANT, 'D', DAY.plusDays(1), 0, 0, ""))).containsExactly(0, 0, 0, 0, 1);
        assertThat(rows.get(key(Dimension.REASON, 'D', DAY, 2, 0, ""))).containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.get(key(Dimension.CRITERION, 'D', DAY, 0, 0, "C1"))).as("the answer, not the score")
                .containsExactly(0, 0, 0, 1, 0);
        assertThat(rows.get(key(Dimension.CRITERION, 'D', DAY, 0, 0, "C2"))).containsExactly(1, 0, 0, 0, 0);
        assertThat(rows.get(key(Dimension.ELEMENT, 'D', DAY, 0, 0, "E1"))).as("one rating, two answers in E1")
                .containsExactly(0, 1, 0, 0, 0);
        assertThat(rows.keySet()).noneMatch(k -> k.kt().equals("E2"));
        assertThat(rows.keySet()).noneMatch(k -> k.dimension() == Dimension.PROCEDURE.code() && k.k1() != 50);
    }

    private static RollupKey key(Dimension dimension, char grain, LocalDate start, long k1, long k2, String kt) {
        return new RollupKey(7, dimension.code(), grain, start, k1, k2, kt);
    }
}
