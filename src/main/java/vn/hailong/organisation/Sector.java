package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A sector (lĩnh vực) of procedures, with the satisfaction target the province sets for it. */
@MappedEntity("sectors")
public record Sector(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        BigDecimal targetPct,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {
}
