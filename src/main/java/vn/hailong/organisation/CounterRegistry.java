package vn.hailong.organisation;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.persistence.Counters;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.sql.LikePatterns;

import java.time.Clock;
import java.time.Instant;

@Singleton
public class CounterRegistry {

    private final Counters counters;
    private final Units units;
    private final UnitScope scope;
    private final Clock clock;

    private final ApplicationEventPublisher<DirectoryChanged> changed;

    CounterRegistry(Counters counters, Units units, UnitScope scope, Clock clock, ApplicationEventPublisher<DirectoryChanged> changed) {
        this.changed = changed;
        this.counters = counters;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public Counter create(Actor actor, CounterDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        Unit unit = problems.check(() -> units.requireNamed(draft.unitCode()));
        if (unit != null) {
            scope.requireWritable(actor, unit.id());
        }
        return insert(draft, unit, problems);
    }

    @Transactional
    public Counter createTrusted(CounterDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        return insert(draft, problems.check(() -> units.requireNamed(draft.unitCode())), problems);
    }

    private Counter insert(CounterDraft draft, Unit unit, RuleViolation.Builder problems) {
        String code = problems.check(() -> Codes.requireCode(draft.code()));
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 255));
        if (code != null && counters.existsByCode(code)) {
            problems.conflict("code", "organisation.error.counter.codeTaken", code);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        return counters.save(new Counter(null, code, name, unit.id(), true, now, now));
    }

    @Transactional
    public Counter update(Actor actor, String code, CounterDraft draft) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        Counter c = find(actor, code);
        Long unitId = c.unitId();
        RuleViolation.Builder problems = RuleViolation.builder();
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 255));
        if (draft.unitCode() != null && !draft.unitCode().isBlank()) {
            Unit unit = problems.check(() -> units.requireNamed(draft.unitCode()));
            if (unit != null) {
                scope.requireWritable(actor, unit.id());
                unitId = unit.id();
            }
        }
        problems.throwIfAny();
        return counters.update(new Counter(c.id(), c.code(), name, unitId,
                c.active(), c.createdAt(), clock.instant()));
    }

    @Transactional
    public Counter setActive(Actor actor, String code, boolean active) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        Counter c = find(actor, code);
        return counters.update(new Counter(c.id(), c.code(), c.name(), c.unitId(), active, c.createdAt(), clock.instant()));
    }

    public Counter find(Actor actor, String code) {
        Counter counter = counters.findByCode(code).orElse(null);
        if (counter == null || !scope.covers(actor, counter.unitId())) {
            throw RuleViolation.notFound("organisation.error.counter.notFound", code);
        }
        return counter;
    }

    public Page<Counter> search(Actor actor, String search, Pageable pageable) {
        return counters.searchSubtree(scope.subtreePrefix(actor), LikePatterns.escape(search == null ? "" : search.strip()), pageable);
    }
}
