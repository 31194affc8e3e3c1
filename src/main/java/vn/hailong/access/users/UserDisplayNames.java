package vn.hailong.access.users;

import jakarta.inject.Singleton;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.DisplayNames;

import java.util.Optional;

/** A staff user's full name from the account; tokens have none. */
@Singleton
class UserDisplayNames implements DisplayNames {

    private final Users users;

    UserDisplayNames(Users users) {
        this.users = users;
    }

    @Override
    public Optional<String> fullNameOf(Actor actor) {
        if (actor.kind() != Actor.Kind.USER) {
            return Optional.empty();
        }
        return users.findById(actor.id()).map(User::fullName).filter(n -> !n.isBlank());
    }
}
