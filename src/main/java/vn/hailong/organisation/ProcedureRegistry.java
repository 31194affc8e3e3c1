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
public class ProcedureRegistry {

    private final Procedures procedures;
    private final Sectors sectors;
    private final Catalogue catalogue;
    private final Clock clock;

    ProcedureRegistry(Procedures procedures, Sectors sectors, Catalogue catalogue, Clock clock) {
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
        String code = Codes.requireCode(draft.code());
        String name = Codes.requireName("name", draft.name(), 1000);
        Sector sector = sector(draft.sectorCode());
        if (procedures.existsByCode(code)) {
            throw RuleViolation.conflict("code", "Mã thủ tục " + code + " đã tồn tại (duplicate code).");
        }
        Instant now = clock.instant();
        return procedures.save(new Procedure(null, code, name, sector.id(), days(draft.processingDays()), true, now, now));
    }

    @Transactional
    public Procedure update(Actor actor, String code, ProcedureDraft draft) {
        catalogue.requireProvinceAdmin(actor);
        Procedure c = find(code);
        Long sectorId = draft.sectorCode() == null || draft.sectorCode().isBlank() ? c.sectorId() : sector(draft.sectorCode()).id();
        return procedures.update(new Procedure(c.id(), c.code(), Codes.requireName("name", draft.name(), 1000), sectorId,
                days(draft.processingDays()), c.active(), c.createdAt(), clock.instant()));
    }

    @Transactional
    public Procedure setActive(Actor actor, String code, boolean active) {
        catalogue.requireProvinceAdmin(actor);
        Procedure c = find(code);
        return procedures.update(new Procedure(c.id(), c.code(), c.name(), c.sectorId(), c.processingDays(), active,
                c.createdAt(), clock.instant()));
    }

    public Procedure find(String code) {
        return procedures.findByCode(code).orElseThrow(
                () -> RuleViolation.notFound("Không tìm thấy thủ tục " + code + " (procedure not found)."));
    }

    public Page<Procedure> search(String search, Pageable pageable) {
        return procedures.search(LikePatterns.escape(search == null ? "" : search.strip()), pageable);
    }

    private Sector sector(String code) {
        if (code == null || code.isBlank()) {
            throw RuleViolation.invalid("sectorCode", "Lĩnh vực là bắt buộc (sectorCode is required).");
        }
        return sectors.findByCode(code.strip()).orElseThrow(
                () -> RuleViolation.invalid("sectorCode", "Không có lĩnh vực " + code + " (unknown sectorCode)."));
    }

    private static Integer days(Integer days) {
        if (days != null && (days < 0 || days > 365)) {
            throw RuleViolation.invalid("processingDays", "Thời hạn giải quyết phải từ 0 đến 365 ngày (processingDays 0..365).");
        }
        return days;
    }
}
