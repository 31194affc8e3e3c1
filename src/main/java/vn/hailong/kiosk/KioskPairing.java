package vn.hailong.kiosk;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.kiosk.persistence.Kiosks;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.Digests;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Pairing a kiosk device: an admin asks for a one-time code (8 digits, valid 15 minutes, stored only as a hash);
 * the device opens {@code /kiosk/#pair=<code>} or types the code, and exchanges it for a fresh KIOSK token. The
 * kiosk's earlier tokens are revoked, so a replaced or stolen device stops working.
 */
@Singleton
public class KioskPairing {

    public record PairingCode(String kioskCode, String code, String link, Instant expiresAt) {
    }

    public record Paired(String kioskCode, String token) {
    }

    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Kiosks kiosks;
    private final UnitScope scope;
    private final TokenIssuer tokens;
    private final KioskStore store;
    private final Clock clock;
    private final String publicBaseUrl;
    private final PairingCodes codes;

    KioskPairing(Kiosks kiosks, UnitScope scope, TokenIssuer tokens, KioskStore store, Clock clock, PairingCodes codes,
                 @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl) {
        this.kiosks = kiosks;
        this.scope = scope;
        this.tokens = tokens;
        this.store = store;
        this.clock = clock;
        this.codes = codes;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * Issues a new code. Codes that were used or have expired are deleted first (they can never be exchanged again,
     * and the token they gave keeps its own record), so that the unique code hashes are those of live codes only;
     * a new code that still equals a live one is drawn again.
     */
    @Transactional
    public PairingCode issue(Actor actor, String kioskCode) {
        Kiosk kiosk = kiosks.findByCode(kioskCode).filter(k -> scope.covers(actor, k.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("kioskadmin.error.notFound", kioskCode));
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        store.purgePairings(now);
        for (int attempt = 1; ; attempt++) {
            String code = codes.next();
            if (store.insertPairing(kiosk.id(), Digests.sha256(code), expires, actor.name(), now)) {
                return new PairingCode(kiosk.code(), code, publicBaseUrl + "/kiosk/#pair=" + code, expires);
            }
            if (attempt >= ATTEMPTS) {
                throw new IllegalStateException("no free pairing code after " + ATTEMPTS + " draws");
            }
            // the code equals another live code (1 in 10^8 per live code): draw again
        }
    }

    private static final int ATTEMPTS = 5;

    /**
     * Re-pairing from the admin page: the kiosk's current tokens are revoked at once (a lost or stolen device stops
     * working now, not when the new code is used) and a new one-time code is issued.
     */
    @Transactional
    public PairingCode reissue(Actor actor, long kioskId) {
        Kiosk kiosk = kiosks.findById(kioskId).filter(k -> scope.covers(actor, k.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("kioskadmin.error.notFound", kioskId));
        if (!kiosk.active()) {
            throw RuleViolation.invalid("active", "kioskadmin.error.pairInactive");
        }
        tokens.revokeKioskTokens(kiosk.id());
        return issue(actor, kiosk.code());
    }

    @Transactional
    public Paired exchange(String code) {
        if (code == null || !code.strip().matches("[0-9]{8}")) {
            throw RuleViolation.invalid("code", "kioskadmin.error.pairingFormat");
        }
        Instant now = clock.instant();
        String hash = Digests.sha256(code.strip());
        Long kioskId = store.usePairing(hash, now).orElse(null);
        if (kioskId == null) {
            throw RuleViolation.notFound("kioskadmin.error.pairingUnknown");
        }
        Kiosk kiosk = kiosks.findById(kioskId).filter(Kiosk::active)
                .orElseThrow(() -> RuleViolation.notFound("kioskadmin.error.inactive"));
        tokens.revokeKioskTokens(kiosk.id());
        String token = tokens.issueTrusted("kiosk " + kiosk.code() + " (paired)", Role.KIOSK, kiosk.unitId(), kiosk.id(),
                "pairing").secret();
        return new Paired(kiosk.code(), token);
    }
}
