package vn.hailong.access.users;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.security.Role;

/** What an admin gives to create or change an account; the password only when creating. */
public record UserDraft(@Nullable String username, @Nullable String fullName, @Nullable Role role,
                        @Nullable String unitCode, @Nullable String password) {
}
