package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An officer (cán bộ, công chức) of a unit, optionally seated at a counter. */
@MappedEntity("officers")
public record Officer(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String fullName,
        @Nullable String title,
        Long unitId,
        @Nullable Long counterId,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {
}
