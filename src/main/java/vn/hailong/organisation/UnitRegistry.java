package vn.hailong.organisation;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.sql.LikePatterns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Creating, changing and deactivating units, within the actor's subtree. */
@Singleton
public class UnitRegistry {

    private final Units units;
    private final UnitScope scope;
    private final Clock clock;

    private final ApplicationEventPublisher<DirectoryChanged> changed;

    UnitRegistry(Units units, UnitScope scope, Clock clock, ApplicationEventPublisher<DirectoryChanged> changed) {
        this.changed = changed;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public Unit create(Actor actor, UnitDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        String code = problems.check(() -> Codes.requireCode(draft.code()));
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 255));
        if (draft.type() == null) {
            problems.invalid("type", "organisation.error.unit.typeRequired");
        }
        Unit parent = null;
        if (draft.parentCode() == null || draft.parentCode().isBlank()) {
            problems.invalid("parentCode", "organisation.error.unit.parentRequired");
        } else {
            parent = problems.check(() -> visibleUnit(actor, draft.parentCode(), "parentCode"));
        }
        problems.check(() -> checkDates(draft.validFrom() != null ? draft.validFrom() : LocalDate.now(clock),
                draft.validTo()));
        if (code != null && units.existsByCode(code)) {
            problems.conflict("code", "organisation.error.unit.codeTaken", code);
        }
        problems.throwIfAny();
        return insertUnder(parent, code, name, draft);
    }

    /** Creates a unit without a scope check; for start-up and demo data, which act for the province. */
    @Transactional
    public Unit createTrusted(UnitDraft draft) {
        String code = Codes.requireCode(draft.code());
        String name = Codes.requireName("name", draft.name(), 255);
        Unit parent = draft.parentCode() == null ? null : units.findByCode(draft.parentCode())
                .orElseThrow(() -> RuleViolation.invalid("parentCode", "organisation.error.unit.parentUnknown", draft.parentCode()));
        return insertUnder(parent, code, name, draft);
    }

    private Unit insertUnder(Unit parent, String code, String name, UnitDraft draft) {
        Instant now = clock.instant();
        LocalDate validFrom = draft.validFrom() != null ? draft.validFrom() : LocalDate.now(clock);
        checkDates(validFrom, draft.validTo());
        Unit saved = units.save(new Unit(null, code, name, draft.type(), parent == null ? null : parent.id(), "/",
                Codes.optional(draft.address()), validFrom, draft.validTo(), null, true, now, now));
        String path = (parent == null ? "/" : parent.path()) + saved.id() + "/";
        return units.update(saved.withPath(path));
    }

    @Transactional
    public Unit update(Actor actor, String code, UnitDraft draft) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        Unit current = find(actor, code);
        RuleViolation.Builder problems = RuleViolation.builder();
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 255));
        UnitType type = draft.type() != null ? draft.type() : current.type();
        Long parentId = current.parentId();
        String path = current.path();
        boolean parentUnchanged = draft.parentCode() != null && current.parentId() != null
                && units.findById(current.parentId()).map(p -> p.code().equals(draft.parentCode().strip())).orElse(false);
        // an unchanged parent is not re-checked, so an admin may edit the root of their own scope (as on the page)
        if (draft.parentCode() != null && !draft.parentCode().isBlank() && !parentUnchanged) {
            Unit parent = problems.check(() -> visibleUnit(actor, draft.parentCode(), "parentCode"));
            if (parent != null && !parent.id().equals(current.parentId())) {
                if (parent.isWithin(current.id())) {
                    problems.invalid("parentCode", "organisation.error.unit.cycle");
                }
                parentId = parent.id();
                path = parent.path() + current.id() + "/";
            }
        }
        LocalDate validFrom = draft.validFrom() != null ? draft.validFrom() : current.validFrom();
        problems.check(() -> checkDates(validFrom, draft.validTo()));
        problems.throwIfAny();
        Unit updated = units.update(new Unit(current.id(), current.code(), name, type, parentId, path,
                Codes.optional(draft.address()), validFrom, draft.validTo(), current.successorId(), current.active(),
                current.createdAt(), clock.instant()));
        if (!path.equals(current.path())) {
            for (Unit descendant : units.findSubtree(current.path())) {
                if (!descendant.id().equals(current.id())) {
                    units.update(descendant.withPath(path + descendant.path().substring(current.path().length())));
                }
            }
        }
        return updated;
    }

    @Transactional
    public Unit deactivate(Actor actor, String code) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        Unit current = find(actor, code);
        if (current.id() == actor.unitId()) {
            throw RuleViolation.forbidden("organisation.error.unit.ownRoot");
        }
        LocalDate today = LocalDate.now(clock);
        return units.update(new Unit(current.id(), current.code(), current.name(), current.type(), current.parentId(),
                current.path(), current.address(), current.validFrom(),
                current.validTo() != null ? current.validTo() : today, current.successorId(), false,
                current.createdAt(), clock.instant()));
    }

    /**
     * Makes a deactivated unit active again; an end of validity that has already passed is cleared, since the unit
     * is in use again.
     */
    @Transactional
    public Unit reactivate(Actor actor, String code) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        Unit current = find(actor, code);
        LocalDate today = LocalDate.now(clock);
        LocalDate validTo = current.validTo() != null && current.validTo().isAfter(today) ? current.validTo() : null;
        return units.update(new Unit(current.id(), current.code(), current.name(), current.type(), current.parentId(),
                current.path(), current.address(), current.validFrom(), validTo, current.successorId(), true,
                current.createdAt(), clock.instant()));
    }

    public Unit find(Actor actor, String code) {
        return visibleUnit(actor, code, null);
    }

    public Page<Unit> search(Actor actor, String search, Pageable pageable) {
        return units.searchSubtree(scope.subtreePrefix(actor), LikePatterns.escape(search == null ? "" : search.strip()), pageable);
    }

    private Unit visibleUnit(Actor actor, String code, String field) {
        Unit unit = units.findByCode(code.strip()).orElse(null);
        if (field != null) {
            if (unit == null) {
                throw RuleViolation.invalid(field, "organisation.error.unit.unknown", code);
            }
            scope.requireWritable(actor, unit.id());
            return unit;
        }
        if (unit == null || !scope.covers(actor, unit.id())) {
            throw RuleViolation.notFound("organisation.error.unit.notFound", code);
        }
        return unit;
    }

    private static void checkDates(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw RuleViolation.invalid("validTo", "organisation.error.unit.validTo");
        }
    }
}
