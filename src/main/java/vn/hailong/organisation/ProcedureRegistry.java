package vn.hailong.organisation;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.persistence.Procedures;
import vn.hailong.organisation.persistence.Sectors;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.sql.LikePatterns;

import java.time.Clock;
import java.time.Instant;

@Singleton
public class ProcedureRegistry {

    private final Procedures procedures;
    private final Sectors sectors;
    private final Catalogue catalogue;
    private final Clock clock;

    private final ApplicationEventPublisher<DirectoryChanged> changed;

    ProcedureRegistry(Procedures procedures, Sectors sectors, Catalogue catalogue, Clock clock, ApplicationEventPublisher<DirectoryChanged> changed) {
        this.changed = changed;
        this.procedures = procedures;
        this.sectors = sectors;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public Procedure create(Actor actor, ProcedureDraft draft) {
        catalogue.requireProvinceAdmin(actor);
        return createTrusted(draft);
    }

    @Transactional
    public Procedure createTrusted(ProcedureDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        String code = problems.check(() -> Codes.requireCode(draft.code()));
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 1000));
        Sector sector = problems.check(() -> sector(draft.sectorCode()));
        Integer days = problems.check(() -> days(draft.processingDays()));
        if (code != null && procedures.existsByCode(code)) {
            problems.conflict("code", "organisation.error.procedure.codeTaken", code);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        return procedures.save(new Procedure(null, code, name, sector.id(), days, true, now, now));
    }

    @Transactional
    public Procedure update(Actor actor, String code, ProcedureDraft draft) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        catalogue.requireProvinceAdmin(actor);
        Procedure c = find(code);
        RuleViolation.Builder problems = RuleViolation.builder();
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 1000));
        Sector sector = draft.sectorCode() == null || draft.sectorCode().isBlank() ? null
                : problems.check(() -> sector(draft.sectorCode()));
        Integer days = problems.check(() -> days(draft.processingDays()));
        problems.throwIfAny();
        Long sectorId = sector == null ? c.sectorId() : sector.id();
        return procedures.update(new Procedure(c.id(), c.code(), name, sectorId,
                days, c.active(), c.createdAt(), clock.instant()));
    }

    @Transactional
    public Procedure setActive(Actor actor, String code, boolean active) {
        changed.publishEvent(DirectoryChanged.INSTANCE);
        catalogue.requireProvinceAdmin(actor);
        Procedure c = find(code);
        return procedures.update(new Procedure(c.id(), c.code(), c.name(), c.sectorId(), c.processingDays(), active,
                c.createdAt(), clock.instant()));
    }

    public Procedure find(String code) {
        return procedures.findByCode(code).orElseThrow(
                () -> RuleViolation.notFound("organisation.error.procedure.notFound", code));
    }

    public Page<Procedure> search(String search, Pageable pageable) {
        return procedures.search(LikePatterns.escape(search == null ? "" : search.strip()), pageable);
    }

    private Sector sector(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid("sectorCode", "organisation.error.sector.required");
        }
        return sectors.findByCode(code.strip()).orElseThrow(
                () -> RuleViolation.invalid("sectorCode", "organisation.error.sector.unknown", code));
    }

    private static Integer days(Integer days) {
        if (days != null && (days < 0 || days > 365)) {
            throw RuleViolation.invalid("processingDays", "organisation.error.procedure.days");
        }
        return days;
    }
}
