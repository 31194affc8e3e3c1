package vn.hailong.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier figures: share rated, and QĐ 766's dossier satisfaction (domain.md §3). */
class DossierRatesTest {

    @Test
    void without_a_returned_dossier_there_is_no_rate_never_zero() {
        assertThat(DossierRates.NONE.ratedPct()).isNull();
        assertThat(DossierRates.NONE.qd766SatisfactionPct()).isNull();
        assertThat(DossierRates.NONE.asResponseRate().ratePct()).isNull();
        assertThat(Qd766.indicator(Qd766.DOSSIER_SATISFACTION, DossierRates.NONE.qd766SatisfactionPct(), 90, 6)
                .points()).isNull();
    }

    @Test
    void rated_and_satisfied_shares_of_the_returned_dossiers() {
        // 40 returned, 10 rated; 4 late, rated badly or complained about (each once)
        DossierRates r = new DossierRates(null, 40, 10, 3, 4);
        assertThat(r.ratedPct()).isEqualTo(25.0);
        assertThat(r.qd766SatisfactionPct()).isEqualTo(90.0);
        assertThat(r.asResponseRate().served()).isEqualTo(40);
        assertThat(r.asResponseRate().rated()).isEqualTo(10);
        assertThat(r.asResponseRate().ratePct()).isEqualTo(25.0);
        // 90% earns the indicator's full 6 points; 3 of 4 = 75% earns 75 / 90 × 6 = 5
        assertThat(Qd766.indicator(Qd766.DOSSIER_SATISFACTION, r.qd766SatisfactionPct(), 90, 6).points()).isEqualTo(6.0);
        assertThat(Qd766.indicator(Qd766.DOSSIER_SATISFACTION, new DossierRates(null, 4, 0, 1, 1)
                .qd766SatisfactionPct(), 90, 6).points()).isEqualTo(5.0);
    }
}
