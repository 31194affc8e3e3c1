package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A counter (quầy) in a unit where citizens are served. */
@MappedEntity("counters")
public record Counter(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        Long unitId,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {
}
