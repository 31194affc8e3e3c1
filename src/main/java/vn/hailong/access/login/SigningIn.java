package vn.hailong.access.login;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.access.users.PasswordHashing;
import vn.hailong.access.users.User;
import vn.hailong.access.users.Users;
import vn.hailong.organisation.UnitScope;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Checks a username and password, with throttling, and records the attempt. */
@Singleton
public class SigningIn {

    /** What became of a sign-in. */
    public sealed interface Outcome permits SignedIn, Refused, Throttled {
    }

    public record SignedIn(User user) implements Outcome {
    }

    /** Wrong username or password, or an inactive account or unit: the person is told the same thing in each case. */
    public record Refused() implements Outcome {
    }

    public record Throttled(Instant until) implements Outcome {
    }

    private final Users users;
    private final PasswordHashing hashing;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final UnitScope scope;
    private final Clock clock;

    SigningIn(Users users, PasswordHashing hashing, LoginAttempts attempts, LoginThrottle throttle, UnitScope scope,
              Clock clock) {
        this.scope = scope;
        this.users = users;
        this.hashing = hashing;
        this.attempts = attempts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Transactional
    public Outcome signIn(String rawUsername, String password, String remoteAddr) {
        String username = normalise(rawUsername);
        Instant now = clock.instant();
        Optional<Instant> locked = throttle.lockedUntil(username, remoteAddr, now);
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        Optional<User> found = username.isEmpty() ? Optional.empty() : users.findByUsername(username);
        boolean ok;
        if (found.isEmpty()) {
            hashing.matchNothing(password);
            ok = false;
        } else {
            ok = hashing.matches(password, found.get().passwordHash()) && found.get().active()
                    && scope.isActive(found.get().unitId());
        }
        attempts.save(new LoginAttempt(null, username, truncate(remoteAddr), ok, now));
        if (!ok) {
            return new Refused();
        }
        User user = users.update(found.get().signedInAt(now));
        return new SignedIn(user);
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
