package vn.hailong.metrics;

import jakarta.inject.Singleton;
import vn.hailong.dossiers.DossierCounts;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;

import java.time.LocalDate;
import java.util.List;

/**
 * The dossier denominators of a unit subtree over an inclusive range of local dates (Asia/Ho_Chi_Minh): dossiers
 * returned in the period, in total, by officer and by procedure, with how many were rated.
 */
@Singleton
public class DossierFigures {

    private final DossierCounts counts;
    private final Directory directory;
    private final UnitScope scope;

    DossierFigures(DossierCounts counts, Directory directory, UnitScope scope) {
        this.counts = counts;
        this.directory = directory;
        this.scope = scope;
    }

    /** @throws RuleViolation 404 for a unit unknown or outside the actor's subtree */
    public DossierRates total(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        return of(actor, unitCode, from, to, DossierCounts.By.TOTAL).stream().findFirst().orElse(DossierRates.NONE);
    }

    /** By officer (id null: dossiers fed without an officer) or by procedure. */
    public List<DossierRates> groups(Actor actor, String unitCode, LocalDate from, LocalDate to, DossierCounts.By by) {
        return of(actor, unitCode, from, to, by);
    }

    private List<DossierRates> of(Actor actor, String unitCode, LocalDate from, LocalDate to, DossierCounts.By by) {
        Unit unit = directory.unitByCode(unitCode)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
        scope.requireVisible(actor, unit.id(), unitCode);
        return counts.returned(unit.path(), from.atStartOfDay(ClockFactory.VIETNAM).toInstant(),
                to.plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant(), by).stream()
                .map(DossierRates::of).toList();
    }
}
