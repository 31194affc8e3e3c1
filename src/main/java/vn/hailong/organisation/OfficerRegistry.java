package vn.hailong.organisation;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.persistence.Counters;
import vn.hailong.organisation.persistence.Officers;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.sql.LikePatterns;

import java.time.Clock;
import java.time.Instant;

@Singleton
public class OfficerRegistry {

    private final Officers officers;
    private final Counters counters;
    private final Units units;
    private final UnitScope scope;
    private final Clock clock;

    private final ApplicationEventPublisher<DirectoryChanged> changed;

    OfficerRegistry(Officers officers, Counters counters, Units units, UnitScope scope, Clock clock, ApplicationEventPublisher<DirectoryChanged> changed) {
        this.changed = changed;
        this.officers = officers;
        this.counters = counters;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public Officer create(Actor actor, OfficerDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        Unit unit = problems.check(() -> units.requireNamed(draft.unitCode()));
        if (unit != null) {
            scope.requireWritable(actor, unit.id());
        }
        return insert(draft, unit, problems);
    }

    @Transactional
    public Officer createTrusted(OfficerDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        return insert(draft, problems.check(() -> units.requireNamed(draft.unitCode())), problems);
    }

    private Officer insert(OfficerDraft draft, Unit unit, RuleViolation.Builder problems) {
        String code = problems.check(() -> Codes.requireCode(draft.code()));
        String fullName = problems.check(() -> Codes.requireName("fullName", draft.fullName(), 255));
        Long counterId = unit == null ? null : problems.check(() -> counterIn(unit, draft.counterCode()));
        if (code != null && officers.existsByCode(code)) {
            problems.conflict("code", "organisation.error.officer.codeTaken", code);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        return officers.save(new Officer(null, code, fullName, Codes.optional(draft.title()), unit.id(), counterId,
                true, now, now));
    }

    @Transactional
    public Officer update(Actor actor, String code, OfficerDraft draft) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        Officer c = find(actor, code);
        RuleViolation.Builder problems = RuleViolation.builder();
        String fullName = problems.check(() -> Codes.requireName("fullName", draft.fullName(), 255));
        Unit unit = draft.unitCode() == null || draft.unitCode().isBlank()
                ? units.findById(c.unitId()).orElseThrow()
                : problems.check(() -> units.requireNamed(draft.unitCode()));
        if (unit != null) {
            scope.requireWritable(actor, unit.id());
        }
        Long counterId = unit == null ? null : problems.check(() -> counterIn(unit, draft.counterCode()));
        problems.throwIfAny();
        return officers.update(new Officer(c.id(), c.code(), fullName,
                Codes.optional(draft.title()), unit.id(), counterId, c.active(),
                c.createdAt(), clock.instant()));
    }

    @Transactional
    public Officer setActive(Actor actor, String code, boolean active) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        Officer c = find(actor, code);
        return officers.update(new Officer(c.id(), c.code(), c.fullName(), c.title(), c.unitId(), c.counterId(),
                active, c.createdAt(), clock.instant()));
    }

    public Officer find(Actor actor, String code) {
        Officer officer = officers.findByCode(code).orElse(null);
        if (officer == null || !scope.covers(actor, officer.unitId())) {
            throw RuleViolation.notFound("organisation.error.officer.notFound", code);
        }
        return officer;
    }

    public Page<Officer> search(Actor actor, String search, Pageable pageable) {
        return officers.searchSubtree(scope.subtreePrefix(actor), LikePatterns.escape(search == null ? "" : search.strip()), pageable);
    }

    private Long counterIn(Unit unit, String counterCode) {
        if (counterCode == null || counterCode.isBlank()) {
            return null;
        }
        Counter counter = counters.findByCode(counterCode.strip()).orElseThrow(
                () -> RuleViolation.invalid("counterCode", "organisation.error.counter.unknown", counterCode));
        if (!counter.unitId().equals(unit.id())) {
            throw RuleViolation.invalid("counterCode", "organisation.error.counter.otherUnit", counterCode);
        }
        return counter.id();
    }
}
