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
public class OfficerRegistry {

    private final Officers officers;
    private final Counters counters;
    private final Units units;
    private final UnitScope scope;
    private final Clock clock;

    OfficerRegistry(Officers officers, Counters counters, Units units, UnitScope scope, Clock clock) {
        this.officers = officers;
        this.counters = counters;
        this.units = units;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public Officer create(Actor actor, OfficerDraft draft) {
        Unit unit = units.requireNamed(draft.unitCode());
        scope.requireWritable(actor, unit.id());
        return insert(draft, unit);
    }

    @Transactional
    public Officer createTrusted(OfficerDraft draft) {
        return insert(draft, units.requireNamed(draft.unitCode()));
    }

    private Officer insert(OfficerDraft draft, Unit unit) {
        String code = Codes.requireCode(draft.code());
        String fullName = Codes.requireName("fullName", draft.fullName(), 255);
        Long counterId = counterIn(unit, draft.counterCode());
        if (officers.existsByCode(code)) {
            throw RuleViolation.conflict("code", "Mã cán bộ " + code + " đã tồn tại (duplicate code).");
        }
        Instant now = clock.instant();
        return officers.save(new Officer(null, code, fullName, Codes.optional(draft.title()), unit.id(), counterId,
                true, now, now));
    }

    @Transactional
    public Officer update(Actor actor, String code, OfficerDraft draft) {
        Officer c = find(actor, code);
        Unit unit = draft.unitCode() == null || draft.unitCode().isBlank()
                ? units.findById(c.unitId()).orElseThrow()
                : units.requireNamed(draft.unitCode());
        scope.requireWritable(actor, unit.id());
        return officers.update(new Officer(c.id(), c.code(), Codes.requireName("fullName", draft.fullName(), 255),
                Codes.optional(draft.title()), unit.id(), counterIn(unit, draft.counterCode()), c.active(),
                c.createdAt(), clock.instant()));
    }

    @Transactional
    public Officer setActive(Actor actor, String code, boolean active) {
        Officer c = find(actor, code);
        return officers.update(new Officer(c.id(), c.code(), c.fullName(), c.title(), c.unitId(), c.counterId(),
                active, c.createdAt(), clock.instant()));
    }

    public Officer find(Actor actor, String code) {
        Officer officer = officers.findByCode(code).orElse(null);
        if (officer == null || !scope.covers(actor, officer.unitId())) {
            throw RuleViolation.notFound("Không tìm thấy cán bộ " + code + " (officer not found).");
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
                () -> RuleViolation.invalid("counterCode", "Không có quầy " + counterCode + " (unknown counterCode)."));
        if (!counter.unitId().equals(unit.id())) {
            throw RuleViolation.invalid("counterCode", "Quầy " + counterCode + " không thuộc đơn vị này (counter is in another unit).");
        }
        return counter.id();
    }
}
