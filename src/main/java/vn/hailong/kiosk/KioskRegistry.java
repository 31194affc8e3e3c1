package vn.hailong.kiosk;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.kiosk.persistence.Kiosks;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.organisation.Codes;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Registers kiosks in a unit and gives each its own KIOSK-role token. */
@Singleton
public class KioskRegistry {

    private final Kiosks kiosks;
    private final Directory directory;
    private final UnitScope scope;
    private final TokenIssuer tokens;
    private final Clock clock;

    KioskRegistry(Kiosks kiosks, Directory directory, UnitScope scope, TokenIssuer tokens, Clock clock) {
        this.kiosks = kiosks;
        this.directory = directory;
        this.scope = scope;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public RegisteredKiosk register(Actor actor, KioskDraft draft) {
        Unit unit = directory.unitByCode(nonBlank("unitCode", draft.unitCode())).orElseThrow(
                () -> RuleViolation.invalid("unitCode", "Không có đơn vị " + draft.unitCode() + " (unknown unitCode)."));
        scope.requireWritable(actor, unit.id());
        return registerIn(unit, draft, actor.name());
    }

    @Transactional
    public RegisteredKiosk registerTrusted(KioskDraft draft) {
        Unit unit = directory.unitByCode(nonBlank("unitCode", draft.unitCode())).orElseThrow(
                () -> RuleViolation.invalid("unitCode", "Không có đơn vị " + draft.unitCode() + " (unknown unitCode)."));
        return registerIn(unit, draft, "system");
    }

    private RegisteredKiosk registerIn(Unit unit, KioskDraft draft, String createdBy) {
        String code = Codes.requireCode(draft.code());
        String name = Codes.requireName("name", draft.name(), 255);
        if (name.length() > 255) {
            throw RuleViolation.invalid("name", "Tên ki-ốt dài tối đa 255 ký tự (name too long).");
        }
        Long counterId = null;
        if (draft.counterCode() != null && !draft.counterCode().isBlank()) {
            Counter counter = directory.counterByCode(draft.counterCode().strip())
                    .filter(c -> c.unitId().equals(unit.id()))
                    .orElseThrow(() -> RuleViolation.invalid("counterCode",
                            "Không có quầy " + draft.counterCode() + " trong đơn vị này (unknown counterCode)."));
            counterId = counter.id();
        }
        Long officerId = null;
        if (draft.officerCode() != null && !draft.officerCode().isBlank()) {
            Officer officer = directory.officerByCode(draft.officerCode().strip())
                    .filter(o -> o.unitId().equals(unit.id()))
                    .orElseThrow(() -> RuleViolation.invalid("officerCode",
                            "Không có cán bộ " + draft.officerCode() + " trong đơn vị này (unknown officerCode)."));
            officerId = officer.id();
        }
        if (kiosks.existsByCode(code)) {
            throw RuleViolation.conflict("code", "Mã ki-ốt " + code + " đã tồn tại (duplicate code).");
        }
        Instant now = clock.instant();
        Kiosk kiosk = kiosks.save(new Kiosk(null, code, name, unit.id(), counterId, officerId, true, null, 0, now, now));
        String token = tokens.issueTrusted("kiosk " + code, Role.KIOSK, unit.id(), kiosk.id(), createdBy).secret();
        return new RegisteredKiosk(kiosk, token);
    }

    public Kiosk find(Actor actor, String code) {
        return kiosks.findByCode(code).filter(k -> scope.covers(actor, k.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("Không tìm thấy ki-ốt " + code + " (kiosk not found)."));
    }

    /** A kiosk in the actor's scope by id; one outside it is "not found". */
    public Kiosk find(Actor actor, long id) {
        return kiosks.findById(id).filter(k -> scope.covers(actor, k.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("Không tìm thấy ki-ốt (kiosk not found)."));
    }

    /**
     * Switches a kiosk off or on. Switching off revokes its tokens at once, so the device stops sending; switched on
     * again it needs a new pairing code.
     */
    @Transactional
    public Kiosk setActive(Actor actor, long id, boolean active) {
        Kiosk kiosk = find(actor, id);
        kiosks.updateActive(kiosk.id(), active, clock.instant());
        if (!active) {
            tokens.revokeKioskTokens(kiosk.id());
        }
        return kiosks.findById(kiosk.id()).orElseThrow();
    }

    public List<Kiosk> list(Actor actor) {
        return kiosks.findInSubtree(scope.subtreePrefix(actor));
    }

    private static String nonBlank(String field, String value) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.invalid(field, "Trường " + field + " là bắt buộc (" + field + " is required).");
        }
        return value;
    }
}
