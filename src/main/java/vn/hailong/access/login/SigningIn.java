package vn.hailong.access.login;

import jakarta.inject.Singleton;
import vn.hailong.access.login.persistence.LoginAttempts;
import vn.hailong.access.users.PasswordHashing;
import vn.hailong.access.users.User;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.organisation.UnitScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Checks a username and password, with throttling, and records the attempt. No database transaction is open while
 * the password is checked (Argon2, 19 MiB and tens of milliseconds each), and only
 * {@link LoginThrottleSettings#concurrentChecks()} checks run at once: a flood of sign-ins neither holds the connection
 * pool nor the memory that every other request needs.
 */
@Singleton
public class SigningIn {

    /** What became of a sign-in. */
    public sealed interface Outcome permits SignedIn, Refused, Throttled, Busy {
    }

    public record SignedIn(User user) implements Outcome {
    }

    /** Wrong username or password, or an inactive account or unit: the person is told the same thing in each case. */
    public record Refused() implements Outcome {
    }

    public record Throttled(Instant until) implements Outcome {
    }

    /** Too many sign-ins being checked at this moment: try again in a few seconds. */
    public record Busy(Duration retryAfter) implements Outcome {
    }

    private final Users users;
    private final PasswordHashing hashing;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final UnitScope scope;
    private final Clock clock;
    private final Semaphore checks;
    private final Duration checkWait;

    SigningIn(Users users, PasswordHashing hashing, LoginAttempts attempts, LoginThrottle throttle, UnitScope scope,
              Clock clock, LoginThrottleSettings settings) {
        this.scope = scope;
        this.users = users;
        this.hashing = hashing;
        this.attempts = attempts;
        this.throttle = throttle;
        this.clock = clock;
        this.checks = new Semaphore(Math.max(1, settings.concurrentChecks()), true);
        this.checkWait = settings.checkWait();
    }

    public Outcome signIn(String rawUsername, String password, String remoteAddr) {
        String username = normalise(rawUsername);
        String address = truncate(remoteAddr);
        LoginThrottle.Reservation reservation = throttle.reserve(username, address);
        if (reservation.refused().isPresent()) {
            return new Throttled(clock.instant().plus(reservation.refused().get()));
        }
        Optional<Boolean> checked;
        Optional<User> found;
        try {
            found = username.isEmpty() ? Optional.empty() : users.findByUsername(username);
            checked = check(password, found);
        } catch (RuntimeException e) {
            reservation.release();
            throw e;
        }
        if (checked.isEmpty()) {
            reservation.release();
            return new Busy(Duration.ofSeconds(5));
        }
        boolean ok = checked.get() && found.get().active() && scope.isActive(found.get().unitId());
        Instant now = clock.instant();
        attempts.save(new LoginAttempt(null, username, address, ok, now));
        if (!ok) {
            return new Refused();
        }
        reservation.succeeded();
        return new SignedIn(users.update(found.get().signedInAt(now)));
    }

    /** Whether the password matches (always false for an unknown user); empty when no check slot came free. */
    private Optional<Boolean> check(String password, Optional<User> user) {
        try {
            if (!checks.tryAcquire(checkWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            if (user.isEmpty()) {
                hashing.matchNothing(password);
                return Optional.of(false);
            }
            return Optional.of(hashing.matches(password, user.get().passwordHash()));
        } finally {
            checks.release();
        }
    }

    static String normalise(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }

    private static String truncate(String addr) {
        String a = addr == null ? "" : addr;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}
