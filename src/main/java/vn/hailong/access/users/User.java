package vn.hailong.access.users;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.security.Role;

import java.time.Instant;

/** A staff account. The password hash is Argon2id in PHC string form; the password itself is never stored. */
@MappedEntity("users")
public record User(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        @MappedProperty("full_name") String fullName,
        @MappedProperty("password_hash") String passwordHash,
        Role role,
        @MappedProperty("unit_id") long unitId,
        boolean active,
        @MappedProperty("created_at") Instant createdAt,
        @MappedProperty("updated_at") Instant updatedAt,
        @MappedProperty("last_login_at") @Nullable Instant lastLoginAt) {

    public User withPasswordHash(String hash, Instant now) {
        return new User(id, username, fullName, hash, role, unitId, active, createdAt, now, lastLoginAt);
    }

    public User withDetails(String newFullName, Role newRole, long newUnitId, boolean newActive, Instant now) {
        return new User(id, username, newFullName, passwordHash, newRole, newUnitId, newActive, createdAt, now,
                lastLoginAt);
    }

    public User signedInAt(Instant now) {
        return new User(id, username, fullName, passwordHash, role, unitId, active, createdAt, updatedAt, now);
    }

    public User deactivated(Instant now) {
        return new User(id, username, fullName, passwordHash, role, unitId, false, createdAt, now, lastLoginAt);
    }
}
