package vn.hailong.organisation;

import jakarta.inject.Singleton;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

/**
 * Sectors and procedures are one catalogue for the whole province: anyone signed in may read it; only an admin
 * whose scope is the province (a root unit) may change it.
 */
@Singleton
public class Catalogue {

    private final Units units;

    Catalogue(Units units) {
        this.units = units;
    }

    /** Whether the actor may change sectors and procedures (pages use it to offer or hide the edit buttons). */
    public boolean editableBy(Actor actor) {
        return units.findById(actor.unitId()).map(u -> u.parentId() == null).orElse(false);
    }

    void requireProvinceAdmin(Actor actor) {
        if (!editableBy(actor)) {
            throw RuleViolation.forbidden("organisation.error.catalogue.provinceOnly");
        }
    }
}
