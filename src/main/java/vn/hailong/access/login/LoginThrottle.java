package vn.hailong.access.login;

import jakarta.inject.Singleton;
import vn.hailong.web.limits.RateLimiter;
import vn.hailong.web.limits.WindowCounters;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a sign-in may be tried now ({@link LoginThrottleSettings}). The attempt is counted before the
 * password is checked, atomically in the database, so a burst of parallel attempts cannot all pass a check made
 * before any of them was recorded; it is given back when it succeeds or is refused.
 */
@Singleton
class LoginThrottle {

    /** The counts one attempt holds until its outcome is known. */
    final class Reservation {
        private final String username;
        private final String address;
        private final List<Runnable> giveBack = new ArrayList<>();
        private Duration refusedFor;

        private Reservation(String username, String address) {
            this.username = username;
            this.address = address;
        }

        /** When a limit is reached: how long until the attempt may be made (nothing stays counted). */
        Optional<Duration> refused() {
            return Optional.ofNullable(refusedFor);
        }

        /** The attempt did not count as a failure (it succeeded, or was never tried). */
        void release() {
            giveBack.forEach(Runnable::run);
            giveBack.clear();
        }

        /** The attempt succeeded: earlier failures of this user at this address are forgiven too. */
        void succeeded() {
            release();
            perUserAndAddress.reset(username + "|" + address);
        }
    }

    private final RateLimiter perUserAndAddress;
    private final RateLimiter perAddress;
    private final RateLimiter perUser;

    LoginThrottle(WindowCounters counters, Clock clock, LoginThrottleSettings settings) {
        this.perUserAndAddress = new RateLimiter(counters, clock, "login.user-address",
                settings.maxFailuresPerUserAndAddress(), settings.window());
        this.perAddress = new RateLimiter(counters, clock, "login.address", settings.maxFailuresPerAddress(),
                settings.window());
        this.perUser = new RateLimiter(counters, clock, "login.user", settings.maxFailuresPerUser(),
                settings.userWindow());
    }

    /** Counts the attempt against the address, the username at this address and the username. */
    Reservation reserve(String username, String address) {
        Reservation r = new Reservation(username, address);
        Optional<Duration> wait = take(r, perAddress, address)
                .or(() -> take(r, perUserAndAddress, username + "|" + address))
                .or(() -> take(r, perUser, username));
        if (wait.isPresent()) {
            r.release();
            r.refusedFor = wait.get();
        }
        return r;
    }

    private static Optional<Duration> take(Reservation r, RateLimiter limiter, String key) {
        Optional<Duration> wait = limiter.acquire(key);
        r.giveBack.add(() -> limiter.release(key));
        return wait;
    }
}
