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
        RuleViolation.Builder problems = RuleViolation.builder();
        Unit unit = problems.check(() -> unitOf(draft));
        if (unit != null) {
            scope.requireWritable(actor, unit.id());
        }
        return registerIn(unit, draft, actor.name(), problems);
    }

    @Transactional
    public RegisteredKiosk registerTrusted(KioskDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        return registerIn(problems.check(() -> unitOf(draft)), draft, "system", problems);
    }

    private Unit unitOf(KioskDraft draft) {
        if (draft.unitCode() == null || draft.unitCode().isBlank()) {
            throw RuleViolation.invalid("unitCode", "kioskadmin.error.unit");
        }
        return directory.unitByCode(draft.unitCode().strip()).orElseThrow(
                () -> RuleViolation.invalid("unitCode", "organisation.error.unit.unknown", draft.unitCode()));
    }

    private RegisteredKiosk registerIn(Unit unit, KioskDraft draft, String createdBy, RuleViolation.Builder problems) {
        String code = problems.check(() -> Codes.requireCode(draft.code()));
        String name = problems.check(() -> Codes.requireName("name", draft.name(), 255));
        Long counterId = null;
        if (unit != null && draft.counterCode() != null && !draft.counterCode().isBlank()) {
            Counter counter = directory.counterByCode(draft.counterCode().strip())
                    .filter(c -> c.unitId().equals(unit.id())).orElse(null);
            if (counter == null) {
                problems.invalid("counterCode", "kioskadmin.error.counter", draft.counterCode());
            } else {
                counterId = counter.id();
            }
        }
        Long officerId = null;
        if (unit != null && draft.officerCode() != null && !draft.officerCode().isBlank()) {
            Officer officer = directory.officerByCode(draft.officerCode().strip())
                    .filter(o -> o.unitId().equals(unit.id())).orElse(null);
            if (officer == null) {
                problems.invalid("officerCode", "kioskadmin.error.officer", draft.officerCode());
            } else {
                officerId = officer.id();
            }
        }
        if (code != null && kiosks.existsByCode(code)) {
            problems.conflict("code", "kioskadmin.error.codeTaken", code);
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        Kiosk kiosk = kiosks.save(new Kiosk(null, code, name, unit.id(), counterId, officerId, true, null, 0, now, now));
        String token = tokens.issueTrusted("kiosk " + code, Role.KIOSK, unit.id(), kiosk.id(), createdBy).secret();
        return new RegisteredKiosk(kiosk, token);
    }

    public Kiosk find(Actor actor, String code) {
        return kiosks.findByCode(code).filter(k -> scope.covers(actor, k.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("kioskadmin.error.notFound", code));
    }

    /** A kiosk in the actor's scope by id; one outside it is "not found". */
    public Kiosk find(Actor actor, long id) {
        return kiosks.findById(id).filter(k -> scope.covers(actor, k.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("kioskadmin.error.notFound", id));
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
}
