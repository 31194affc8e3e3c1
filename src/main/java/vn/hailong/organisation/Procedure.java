package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An administrative procedure (thủ tục hành chính) with its official code and legal processing time. */
@MappedEntity("procedures")
public record Procedure(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        Long sectorId,
        @Nullable Integer processingDays,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {
}
