package vn.hailong.metrics;

import vn.hailong.dossiers.DossierCounts;

/**
 * The dossiers returned in a period (in a unit subtree, or of one officer or procedure) and what the figures take from
 * them: the share a rating names (who was asked through their dossier, not only who answered), and QĐ 766's dossier
 * satisfaction, {@code (returned − late, unhappy or complained about) / returned × 100} (domain.md §3). Both are
 * null without a returned dossier (no denominator, never 0%).
 */
public record DossierRates(Long id, long returned, long rated, long late, long unsatisfactory) {

    public static final DossierRates NONE = new DossierRates(null, 0, 0, 0, 0);

    static DossierRates of(DossierCounts.Count c) {
        return new DossierRates(c.id(), c.returned(), c.rated(), c.late(), c.unsatisfactory());
    }

    public Double ratedPct() {
        return returned == 0 ? null : Share.round1(100.0 * rated / returned);
    }

    public Double qd766SatisfactionPct() {
        return returned == 0 ? null : Share.round1(100.0 * (returned - unsatisfactory) / returned);
    }

    /** As a response rate (ratings against those served), the way the dashboard shows one. */
    public ResponseRate asResponseRate() {
        return ResponseRate.of("dossiers", "", id, returned, rated);
    }
}
