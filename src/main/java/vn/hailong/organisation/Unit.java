package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrative unit (đơn vị): province, department, service centre, commune, ward, reception point.
 * Units form an effective-dated tree; {@code path} lists the ids from the root ("/1/5/23/") so that
 * "is this unit inside that subtree" is a prefix test.
 */
@MappedEntity("units")
public record Unit(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        String name,
        UnitType type,
        @Nullable Long parentId,
        String path,
        @Nullable String address,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable Long successorId,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isWithin(long ancestorId) {
        return path.contains("/" + ancestorId + "/");
    }

    public Unit withPath(String newPath) {
        return new Unit(id, code, name, type, parentId, newPath, address, validFrom, validTo, successorId, active,
                createdAt, updatedAt);
    }
}
