package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;

public record ProcedureDraft(String code, String name, String sectorCode, @Nullable Integer processingDays) {
}
