package vn.hailong.kiosk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A rating kiosk (touch screen or tablet) in a unit, optionally bound to a counter or an officer. */
@MappedEntity("kiosks")
public record Kiosk(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        Long unitId,
        @Nullable Long counterId,
        @Nullable Long officerId,
        boolean active,
        @Nullable Instant lastSeenAt,
        int pendingCount,
        Instant createdAt,
        Instant updatedAt) {
}
