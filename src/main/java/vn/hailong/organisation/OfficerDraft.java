package vn.hailong.organisation;

import io.micronaut.core.annotation.Nullable;

public record OfficerDraft(String code, String fullName, @Nullable String title, String unitCode,
                           @Nullable String counterCode) {
}
