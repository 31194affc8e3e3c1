package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

public record SectorDraft(String code, String name, @Nullable BigDecimal targetPct) {
}
