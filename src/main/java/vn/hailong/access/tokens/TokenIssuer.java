package vn.hailong.access.tokens;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.access.tokens.persistence.ApiTokens;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Issues, lists, resolves and revokes API tokens. */
@Singleton
public class TokenIssuer {

    /** The longest secret a Bearer header may carry (longer ones are not looked up). */
    public static final int MAX_SECRET_LENGTH = TokenSecret.MAX_LENGTH;

    private final ApiTokens tokens;
    private final UnitScope scope;
    private final Clock clock;

    TokenIssuer(ApiTokens tokens, UnitScope scope, Clock clock) {
        this.tokens = tokens;
        this.scope = scope;
        this.clock = clock;
    }

    /** An admin issues a token for a unit in its subtree. Kiosk tokens come with a kiosk, not from here. */
    @Transactional
    public IssuedToken issue(Actor issuer, String name, Role role, long unitId) {
        if (role == Role.KIOSK) {
            throw RuleViolation.invalid("role", "access.tokens.error.kioskRole");
        }
        scope.requireWritable(issuer, unitId);
        return store(name, role, unitId, null, issuer.name(), TokenSecret.generate());
    }

    /** For start-up and for features that pair devices: no actor to check. */
    @Transactional
    public IssuedToken issueTrusted(String name, Role role, long unitId, Long kioskId, String createdBy) {
        return store(name, role, unitId, kioskId, createdBy, TokenSecret.generate());
    }

    /** Registers a secret chosen by the operator (HAILONG_BOOTSTRAP_API_TOKEN), once; 32 to 200 characters. */
    @Transactional
    public void registerBootstrapSecret(String secret, long unitId) {
        String weakness = TokenSecret.weaknessOfChosen(secret);
        if (weakness != null) {
            throw new IllegalArgumentException(weakness);
        }
        if (tokens.findByTokenHash(TokenSecret.hash(secret)).isEmpty()) {
            store("bootstrap", Role.ADMIN, unitId, null, "bootstrap", secret);
        }
    }

    private IssuedToken store(String name, Role role, long unitId, Long kioskId, String createdBy, String secret) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw RuleViolation.invalid("name", "access.tokens.error.name");
        }
        ApiToken saved = tokens.save(new ApiToken(null, name.strip(), TokenSecret.hash(secret), role, unitId, kioskId,
                createdBy, clock.instant(), null, null));
        return new IssuedToken(saved, secret);
    }

    /**
     * The active token for a presented secret, if any. A token whose unit (or a unit above it) is inactive is refused
     * at every use rather than revoked when the unit closes: that also covers units deactivated later or by other
     * means (import, an ancestor), and the unit's tokens work again if it is reactivated.
     */
    @Transactional
    public Optional<ApiToken> resolve(String secret) {
        Optional<ApiToken> token = tokens.findByTokenHash(TokenSecret.hash(secret)).filter(ApiToken::isActive)
                .filter(t -> scope.isActive(t.unitId()));
        token.ifPresent(t -> {
            var now = clock.instant();
            if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusSeconds(300))) {
                tokens.touch(t.id(), now);
            }
        });
        return token;
    }

    public List<ApiToken> list(Actor actor) {
        return tokens.findInSubtree(scope.subtreePrefix(actor));
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        ApiToken token = tokens.findById(id).filter(t -> scope.covers(actor, t.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("access.tokens.error.notFound", id));
        if (token.isActive()) {
            tokens.update(new ApiToken(token.id(), token.name(), token.tokenHash(), token.role(), token.unitId(),
                    token.kioskId(), token.createdBy(), token.createdAt(), token.lastUsedAt(), clock.instant()));
        }
    }

    @Transactional
    public void revokeKioskTokens(long kioskId) {
        tokens.revokeForKiosk(kioskId, clock.instant());
    }
}
