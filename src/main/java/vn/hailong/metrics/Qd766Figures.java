package vn.hailong.metrics;

import jakarta.inject.Singleton;
import vn.hailong.complaints.figures.ComplaintFigures;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.shared.security.Actor;

import java.time.LocalDate;
import java.util.List;

/**
 * QĐ 766 group 5 (satisfaction, 18 points) for a unit subtree and period: the PAKN rates from the complaints' event
 * log, the dossier satisfaction from the dossiers returned in the period ({@link DossierRates}; no data while no
 * dossier was returned).
 */
@Singleton
public class Qd766Figures {

    private final ComplaintFigures complaints;
    private final DossierFigures dossiers;
    private final MetricsSettings settings;

    Qd766Figures(ComplaintFigures complaints, DossierFigures dossiers, MetricsSettings settings) {
        this.complaints = complaints;
        this.dossiers = dossiers;
        this.settings = settings;
    }

    public Qd766.Group of(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        Figures f = complaints.of(actor, unitCode, from, to, null, null);
        return Qd766.group(List.of(
                Qd766.indicator(Qd766.PAKN_ON_TIME, f.paknOnTimePct(), settings.getPaknOnTimeThreshold(), 6),
                Qd766.indicator(Qd766.PAKN_SATISFACTION, f.paknSatisfactionPct(),
                        settings.getPaknSatisfactionThreshold(), 6),
                Qd766.indicator(Qd766.DOSSIER_SATISFACTION,
                        dossiers.total(actor, unitCode, from, to).qd766SatisfactionPct(), settings.getDossierSatisfactionThreshold(), 6)));
    }
}
