package vn.hailong.access.users;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.shared.errors.RuleViolation;
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
            throw RuleViolation.forbidden("access.password.error.notUser");
        }
        RuleViolation.Builder problems = RuleViolation.builder();
        if (!hashing.matches(current == null ? "" : current, user.passwordHash())) {
            problems.invalid("currentPassword", "access.password.error.current");
        }
        String password = chosen == null ? "" : chosen;
        if (password.length() < ManagingUsers.MIN_PASSWORD_LENGTH || password.length() > 200) {
            problems.invalid("newPassword", "access.users.error.password");
        } else if (password.equals(current)) {
            problems.invalid("newPassword", "access.password.error.same");
        }
        if (!password.equals(repeated)) {
            problems.invalid("repeatPassword", "access.password.error.repeat");
        }
        problems.throwIfAny();
        users.update(user.withPasswordHash(hashing.hash(password), clock.instant()));
        users.raiseCredentialVersion(user.id());
    }
}
