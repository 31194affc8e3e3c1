package vn.hailong.access.login;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** One try at signing in, kept for audit. */
@MappedEntity("login_attempts")
public record LoginAttempt(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        @MappedProperty("remote_addr") String remoteAddr,
        boolean succeeded,
        @MappedProperty("attempted_at") Instant attemptedAt) {
}
