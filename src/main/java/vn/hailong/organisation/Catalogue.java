package vn.hailong.organisation;

import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

/**
 * Sectors and procedures are one catalogue for the whole province: anyone signed in may read it; only an admin
 * whose scope is the province (a root unit) may change it.
 */
@Singleton
class Catalogue {

    private final Units units;

    Catalogue(Units units) {
        this.units = units;
    }

    void requireProvinceAdmin(Actor actor) {
        boolean atRoot = units.findById(actor.unitId()).map(u -> u.parentId() == null).orElse(false);
        if (!atRoot) {
            throw RuleViolation.forbidden("organisation.error.catalogue.provinceOnly");
        }
    }
}
