package vn.hailong.web.csrf;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of a form whose only field is the CSRF token (buttons such as "Đăng xuất" or "Khóa"). */
@Serdeable
public record TokenOnlyForm(@Nullable String csrfToken) implements CsrfForm {
}
