package vn.hailong.access.tokens;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.hailong.shared.security.Role;

import java.time.Instant;

/** An API token as stored: only the SHA-256 of the secret, with its role and unit scope. */
@MappedEntity("api_tokens")
public record ApiToken(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String tokenHash,
        Role role,
        Long unitId,
        @Nullable Long kioskId,
        @Nullable String createdBy,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    /** The same token, last used at {@code at}. */
    public ApiToken usedAt(Instant at) {
        return new ApiToken(id, name, tokenHash, role, unitId, kioskId, createdBy, createdAt, at, revokedAt);
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
