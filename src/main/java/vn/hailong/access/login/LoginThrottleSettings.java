package vn.hailong.access.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * When sign-in is refused for a while ({@code hailong.login.throttle.*}), counted in the database per fixed window:
 * <ul>
 *   <li>{@code max-failures-per-user-and-address} failures for one username from one address within {@code window}
 *       lock that pair until the window ends: a guesser is stopped, the real user elsewhere is not;</li>
 *   <li>{@code max-failures-per-address} failures from one address within {@code window}, whatever the usernames;</li>
 *   <li>{@code max-failures-per-user} failures for one username from anywhere within the short {@code user-window}:
 *       a brief user-wide pause against a distributed guesser, high enough that nobody can keep the real user out
 *       for long.</li>
 * </ul>
 * {@code concurrent-checks} password checks run at once (Argon2, 19 MiB each); a sign-in that finds no free slot
 * within {@code check-wait} is told to try again shortly (429).
 */
@ConfigurationProperties("hailong.login.throttle")
record LoginThrottleSettings(
        @Bindable(defaultValue = "5") int maxFailuresPerUserAndAddress,
        @Bindable(defaultValue = "20") int maxFailuresPerAddress,
        @Bindable(defaultValue = "15m") Duration window,
        @Bindable(defaultValue = "100") int maxFailuresPerUser,
        @Bindable(defaultValue = "5m") Duration userWindow,
        @Bindable(defaultValue = "2") int concurrentChecks,
        @Bindable(defaultValue = "2s") Duration checkWait) {
}
