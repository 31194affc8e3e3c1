package vn.hailong.access.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * When sign-in is refused for a while: after {@code max-failures-per-user} failures for one username (or
 * {@code max-failures-per-address} from one address) within {@code window}, further tries are refused for
 * {@code lockout}, counted from the last failure.
 */
@ConfigurationProperties("hailong.login.throttle")
record LoginThrottleSettings(
        @Bindable(defaultValue = "5") int maxFailuresPerUser,
        @Bindable(defaultValue = "20") int maxFailuresPerAddress,
        @Bindable(defaultValue = "15m") Duration window,
        @Bindable(defaultValue = "15m") Duration lockout) {
}
