package vn.hailong.access.users.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.NavLink;

import java.util.Set;

@Factory
class UsersNavigation {

    @Singleton
    NavLink usersLink() {
        return new NavLink(NavLink.Section.ADMIN, "access.nav.users", UsersAdminController.BASE, Set.of(Role.ADMIN), 70);
    }
}
