package vn.hailong.access.tokens;

import com.github.benmanes.caffeine.cache.Cache;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import vn.hailong.access.tokens.persistence.ApiTokens;
import vn.hailong.organisation.DirectoryChanged;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.cache.HotPathCaches;
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
    private final ApplicationEventPublisher<TokensChanged> changed;
    /** Active tokens of active units by secret digest; unknown, revoked and refused ones are looked up each time. */
    private final Cache<String, ApiToken> resolved;

    TokenIssuer(ApiTokens tokens, UnitScope scope, Clock clock, ApplicationEventPublisher<TokensChanged> changed,
                HotPathCaches caches) {
        this.changed = changed;
        this.resolved = caches.build();
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
     * means (import, an ancestor), and the unit's tokens work again if it is reactivated. Answers come from a short-lived
     * cache ({@link HotPathCaches}): a revocation or unit change on this node counts at once, one on another node within
     * the cache's expiry.
     */
    public Optional<ApiToken> resolve(String secret) {
        String hash = TokenSecret.hash(secret);
        ApiToken token = resolved.getIfPresent(hash);
        if (token == null) {
            token = lookUp(hash).orElse(null);
            if (token == null) {
                return Optional.empty();
            }
            resolved.put(hash, token);
        }
        var now = clock.instant();
        if (touchDue(token, now)) {
            tokens.touch(token.id(), now);
            resolved.asMap().computeIfPresent(hash, (h, t) -> t.usedAt(now));
        }
        return Optional.of(token);
    }

    /**
     * What {@link #resolve} would answer, when that needs no database: the token is cached and its last use was
     * recorded recently. Empty otherwise (not known here, or {@code resolve} must look it up or record its use).
     */
    public Optional<ApiToken> resolveCached(String secret) {
        ApiToken token = resolved.getIfPresent(TokenSecret.hash(secret));
        return token == null || touchDue(token, clock.instant()) ? Optional.empty() : Optional.of(token);
    }

    /** The last use is recorded at most every five minutes: a column for people, not a counter. */
    private static boolean touchDue(ApiToken token, java.time.Instant now) {
        return token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(300));
    }

    private Optional<ApiToken> lookUp(String hash) {
        return tokens.findByTokenHash(hash).filter(ApiToken::isActive).filter(t -> scope.isActive(t.unitId()));
    }

    public List<ApiToken> list(Actor actor) {
        return tokens.findInSubtree(scope.subtreePrefix(actor));
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        ApiToken token = tokens.findById(id).filter(t -> scope.covers(actor, t.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("access.tokens.error.notFound", id));
        if (token.isActive()) {
            changed.publishEvent(new TokensChanged());
            tokens.update(new ApiToken(token.id(), token.name(), token.tokenHash(), token.role(), token.unitId(),
                    token.kioskId(), token.createdBy(), token.createdAt(), token.lastUsedAt(), clock.instant()));
        }
    }

    @Transactional
    public void revokeKioskTokens(long kioskId) {
        changed.publishEvent(new TokensChanged());
        tokens.revokeForKiosk(kioskId, clock.instant());
    }

    /** Revocations count at once on this node: the cache is emptied before the change and again after its commit. */
    @EventListener
    void onChange(TokensChanged event) {
        resolved.invalidateAll();
    }

    @TransactionalEventListener
    void afterChange(TokensChanged event) {
        resolved.invalidateAll();
    }

    @EventListener
    void onDirectoryChange(DirectoryChanged event) {
        resolved.invalidateAll();
    }

    @TransactionalEventListener
    void afterDirectoryChange(DirectoryChanged event) {
        resolved.invalidateAll();
    }
}
