package vn.hailong.organisation;

import jakarta.inject.Singleton;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.util.ArrayList;
import java.util.List;

/**
 * The one unit-scope rule: an actor (user or token) may see and act on its own unit and every unit below it,
 * nothing else. Every feature asks here before reading or changing data that belongs to a unit.
 */
@Singleton
public class UnitScope {

    private final Units units;
    private final Directory directory;

    UnitScope(Units units, Directory directory) {
        this.units = units;
        this.directory = directory;
    }

    public boolean covers(Actor actor, long unitId) {
        if (actor.unitId() == unitId) {
            return true;
        }
        return directory.unitById(unitId).map(u -> u.isWithin(actor.unitId())).orElse(false);
    }

    /** For reads: an object outside the actor's reach is reported as not found, so that it does not leak. */
    public void requireVisible(Actor actor, long unitId, String unitCode) {
        if (!covers(actor, unitId)) {
            throw RuleViolation.notFound("organisation.error.unit.notFound", unitCode);
        }
    }

    /** For writes that name a target unit outside the actor's subtree. */
    public void requireWritable(Actor actor, long unitId) {
        if (!covers(actor, unitId)) {
            throw RuleViolation.forbidden("organisation.error.scope.outside");
        }
    }

    /**
     * Whether a unit and every unit above it are active. Credentials (tokens, users) held in a unit stop working
     * while it or an ancestor is deactivated, whenever and however that happened, and work again if it is reactivated.
     */
    public boolean isActive(long unitId) {
        return units.findById(unitId).map(u -> u.active() && units.countInactiveAmong(ancestorIds(u)) == 0)
                .orElse(false);
    }

    private static List<Long> ancestorIds(Unit unit) {
        List<Long> ids = new ArrayList<>();
        for (String part : unit.path().split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        if (ids.isEmpty()) {
            ids.add(unit.id());
        }
        return ids;
    }

    /** The path prefix of the actor's subtree, for queries that list what it may see. */
    public String subtreePrefix(Actor actor) {
        return units.findById(actor.unitId()).map(Unit::path)
                .orElseThrow(() -> RuleViolation.forbidden("organisation.error.scope.missing"));
    }

    public List<Long> subtreeIds(Actor actor) {
        return units.findIdsInSubtree(subtreePrefix(actor));
    }
}
