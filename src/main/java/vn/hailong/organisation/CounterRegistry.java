package vn.hailong.organisation;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
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

    CounterRegistry(Counters counters, Units units, UnitScope scope, Clock clock) {
        this.counters = counters;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public Counter create(Actor actor, CounterDraft draft) {
        Unit unit = units.requireNamed(draft.unitCode());
        scope.requireWritable(actor, unit.id());
        return insert(draft, unit);
    }

    @Transactional
    public Counter createTrusted(CounterDraft draft) {
        return insert(draft, units.requireNamed(draft.unitCode()));
    }

    private Counter insert(CounterDraft draft, Unit unit) {
        String code = Codes.requireCode(draft.code());
        String name = Codes.requireName("name", draft.name(), 255);
        if (counters.existsByCode(code)) {
            throw RuleViolation.conflict("code", "Mã quầy " + code + " đã tồn tại (duplicate code).");
        }
        Instant now = clock.instant();
        return counters.save(new Counter(null, code, name, unit.id(), true, now, now));
    }

    @Transactional
    public Counter update(Actor actor, String code, CounterDraft draft) {
        Counter c = find(actor, code);
        Long unitId = c.unitId();
        if (draft.unitCode() != null && !draft.unitCode().isBlank()) {
            Unit unit = units.requireNamed(draft.unitCode());
            scope.requireWritable(actor, unit.id());
            unitId = unit.id();
        }
        return counters.update(new Counter(c.id(), c.code(), Codes.requireName("name", draft.name(), 255), unitId,
                c.active(), c.createdAt(), clock.instant()));
    }

    @Transactional
    public Counter setActive(Actor actor, String code, boolean active) {
        Counter c = find(actor, code);
        return counters.update(new Counter(c.id(), c.code(), c.name(), c.unitId(), active, c.createdAt(), clock.instant()));
    }

    public Counter find(Actor actor, String code) {
        Counter counter = counters.findByCode(code).orElse(null);
        if (counter == null || !scope.covers(actor, counter.unitId())) {
            throw RuleViolation.notFound("Không tìm thấy quầy " + code + " (counter not found).");
        }
        return counter;
    }

    public Page<Counter> search(Actor actor, String search, Pageable pageable) {
        return counters.searchSubtree(scope.subtreePrefix(actor), LikePatterns.escape(search == null ? "" : search.strip()), pageable);
    }
}
