package vn.hailong.web.session;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code hailong.session.*}: a staff session ends after {@code idle-timeout} without a request or
 * {@code absolute-timeout} after sign-in, whichever comes first; a user keeps at most {@code max-per-user} sessions
 * (the least recently used go first). {@code cookie-secure} (env {@code HAILONG_COOKIE_SECURE}) marks every cookie
 * {@code Secure}; left empty, it follows {@code hailong.public-base-url}: on when that is https.
 */
@ConfigurationProperties("hailong.session")
public record SessionSettings(
        @Bindable(defaultValue = "8h") Duration idleTimeout,
        @Bindable(defaultValue = "12h") Duration absoluteTimeout,
        @Bindable(defaultValue = "10") int maxPerUser,
        @Nullable Boolean cookieSecure) {
}
