package vn.hailong.access.users;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.errors.RuleViolation.Kind;
import vn.hailong.shared.security.Actor;

import java.time.Clock;

/**
 * A signed-in staff user changes their own password (issue 7.7): the current one proves it is them, the new one is
 * typed twice and has the length every password needs. Other sessions of the user end; the caller keeps its own.
 */
@Singleton
public class OwnPassword {

    private final Users users;
    private final PasswordHashing hashing;
    private final Clock clock;

    OwnPassword(Users users, PasswordHashing hashing, Clock clock) {
        this.users = users;
        this.hashing = hashing;
        this.clock = clock;
    }

    @Transactional
    public void change(Actor actor, String current, String chosen, String repeated) {
        User user = actor.kind() == Actor.Kind.USER ? users.findById(actor.id()).orElse(null) : null;
        if (user == null) {
            throw new UserRuleViolation(Kind.FORBIDDEN, null, "access.password.error.notUser",
                    "Only staff users have a password.");
        }
        if (!hashing.matches(current == null ? "" : current, user.passwordHash())) {
            throw invalid("currentPassword", "access.password.error.current", "The current password is wrong.");
        }
        String password = chosen == null ? "" : chosen;
        if (password.length() < ManagingUsers.MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw invalid("newPassword", "access.users.error.password", "The new password is too short.");
        }
        if (!password.equals(repeated)) {
            throw invalid("repeatPassword", "access.password.error.repeat", "The two new passwords differ.");
        }
        if (password.equals(current)) {
            throw invalid("newPassword", "access.password.error.same", "The new password is the current one.");
        }
        users.update(user.withPasswordHash(hashing.hash(password), clock.instant()));
        users.raiseCredentialVersion(user.id());
    }

    private static UserRuleViolation invalid(String field, String key, String message) {
        return new UserRuleViolation(Kind.INVALID, field, key, message);
    }
}
