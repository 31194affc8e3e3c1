package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** What a person gives to create or change a unit. */
public record UnitDraft(String code, String name, UnitType type, @Nullable String parentCode,
                        @Nullable String address, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
}
