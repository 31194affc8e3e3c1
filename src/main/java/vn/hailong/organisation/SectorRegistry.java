package vn.hailong.organisation;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.persistence.Sectors;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.sql.LikePatterns;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

@Singleton
public class SectorRegistry {

    static final BigDecimal DEFAULT_TARGET = new BigDecimal("90.00");

    private final Sectors sectors;
    private final Catalogue catalogue;
    private final Clock clock;

    SectorRegistry(Sectors sectors, Catalogue catalogue, Clock clock) {
        this.sectors = sectors;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public Sector create(Actor actor, SectorDraft draft) {
        catalogue.requireProvinceAdmin(actor);
        return createTrusted(draft);
    }

    @Transactional
    public Sector createTrusted(SectorDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        String code = problems.check(() -> Codes.requireCode(draft.code()));
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 255));
        BigDecimal target = problems.check(() -> target(draft.targetPct()));
        if (code != null && sectors.existsByCode(code)) {
            problems.conflict("code", "organisation.error.sector.codeTaken", code);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        return sectors.save(new Sector(null, code, name, target, true, now, now));
    }

    @Transactional
    public Sector update(Actor actor, String code, SectorDraft draft) {
        catalogue.requireProvinceAdmin(actor);
        Sector current = find(code);
        RuleViolation.Builder problems = RuleViolation.builder();
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 255));
        BigDecimal target = problems.check(() -> target(draft.targetPct() != null ? draft.targetPct() : current.targetPct()));
        problems.throwIfAny();
        return sectors.update(new Sector(current.id(), current.code(), name, target, current.active(),
                current.createdAt(), clock.instant()));
    }

    @Transactional
    public Sector setActive(Actor actor, String code, boolean active) {
        catalogue.requireProvinceAdmin(actor);
        Sector c = find(code);
        return sectors.update(new Sector(c.id(), c.code(), c.name(), c.targetPct(), active, c.createdAt(), clock.instant()));
    }

    public Sector find(String code) {
        return sectors.findByCode(code).orElseThrow(
                () -> RuleViolation.notFound("organisation.error.sector.notFound", code));
    }

    public Page<Sector> search(String search, Pageable pageable) {
        return sectors.search(LikePatterns.escape(search == null ? "" : search.strip()), pageable);
    }

    private static BigDecimal target(BigDecimal value) {
        if (value == null) {
            return DEFAULT_TARGET;
        }
        if (value.compareTo(BigDecimal.ZERO) < 0 || value.compareTo(new BigDecimal("100")) > 0) {
            throw RuleViolation.invalid("targetPct", "organisation.error.sector.targetPct");
        }
        return value;
    }
}
