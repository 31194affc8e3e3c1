package vn.hailong.kiosk;

import io.micronaut.core.annotation.Nullable;

public record KioskDraft(String code, String name, String unitCode, @Nullable String counterCode,
                         @Nullable String officerCode) {
}
