package vn.hailong.kiosk;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.Digests;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

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
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final String publicBaseUrl;
    private final PairingCodes codes;

    KioskPairing(Kiosks kiosks, UnitScope scope, TokenIssuer tokens, JdbcOperations jdbc, Clock clock, PairingCodes codes,
                 @Value("${hailong.public-base-url:`http://localhost:8080`}") String publicBaseUrl) {
        this.kiosks = kiosks;
        this.scope = scope;
        this.tokens = tokens;
        this.jdbc = jdbc;
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
        jdbc.prepareStatement("DELETE FROM kiosk_pairings WHERE used_at IS NOT NULL OR expires_at <= ?", ps -> {
            ps.setObject(1, utc(now));
            return ps.executeUpdate();
        });
        for (int attempt = 1; ; attempt++) {
            String code = codes.next();
            try {
                jdbc.prepareStatement("""
                        INSERT INTO kiosk_pairings (kiosk_id, code_hash, expires_at, created_by, created_at) VALUES (?, ?, ?, ?, ?)""", ps -> {
                    ps.setLong(1, kiosk.id());
                    ps.setString(2, Digests.sha256(code));
                    ps.setObject(3, utc(expires));
                    ps.setString(4, actor.name());
                    ps.setObject(5, utc(now));
                    return ps.executeUpdate();
                });
                return new PairingCode(kiosk.code(), code, publicBaseUrl + "/kiosk/#pair=" + code, expires);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDuplicate(e)) {
                    throw e;
                }
                // the code equals another live code (1 in 10^8 per live code): draw again
            }
        }
    }

    private static final int ATTEMPTS = 5;

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException s && s.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

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
        Long kioskId = jdbc.prepareStatement("""
                SELECT id, kiosk_id FROM kiosk_pairings WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE""", ps -> {
            ps.setString(1, hash);
            ps.setObject(2, utc(now));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long pairingId = rs.getLong(1);
                long kiosk = rs.getLong(2);
                jdbc.prepareStatement("UPDATE kiosk_pairings SET used_at = ? WHERE id = ?", up -> {
                    up.setObject(1, utc(now));
                    up.setLong(2, pairingId);
                    return up.executeUpdate();
                });
                return kiosk;
            }
        });
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

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
