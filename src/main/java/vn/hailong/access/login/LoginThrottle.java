package vn.hailong.access.login;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a sign-in may be tried now. A lock starts when the last {@code max} failures (for a username since
 * its last success, or from an address) all fall within the window, and lasts {@code lockout} from the newest one.
 * Refused tries are not recorded as failures, so a lock ends on time even if someone keeps trying.
 */
@Singleton
class LoginThrottle {

    private final LoginAttempts attempts;
    private final LoginThrottleSettings settings;

    LoginThrottle(LoginAttempts attempts, LoginThrottleSettings settings) {
        this.attempts = attempts;
        this.settings = settings;
    }

    /** The moment until which sign-in is refused, if it is refused now. */
    Optional<Instant> lockedUntil(String username, String remoteAddr, Instant now) {
        Instant since = now.minus(settings.window()).minus(settings.lockout());
        Optional<Instant> byUser = lockFrom(attempts.recentFailuresForUser(username, since,
                settings.maxFailuresPerUser()), settings.maxFailuresPerUser(), now);
        Optional<Instant> byAddress = lockFrom(attempts.recentFailuresFromAddress(remoteAddr, since,
                settings.maxFailuresPerAddress()), settings.maxFailuresPerAddress(), now);
        if (byUser.isPresent() && byAddress.isPresent()) {
            return Optional.of(byUser.get().isAfter(byAddress.get()) ? byUser.get() : byAddress.get());
        }
        return byUser.isPresent() ? byUser : byAddress;
    }

    private Optional<Instant> lockFrom(List<LoginAttempt> newestFirst, int max, Instant now) {
        if (max <= 0 || newestFirst.size() < max) {
            return Optional.empty();
        }
        Instant newest = newestFirst.get(0).attemptedAt();
        Instant oldest = newestFirst.get(max - 1).attemptedAt();
        if (oldest.isBefore(newest.minus(settings.window()))) {
            return Optional.empty();
        }
        Instant until = newest.plus(settings.lockout());
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
