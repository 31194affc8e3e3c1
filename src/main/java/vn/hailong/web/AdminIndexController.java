package vn.hailong.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;

import java.util.List;
import java.util.Set;

/**
 * {@code /quan-tri}: one card per administration page the admin may open, each with a line saying what it is for
 * (message key {@code <link label key>.hint}). The cards come from the same links as the navigation.
 */
@Controller(AdminIndexController.BASE)
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
class AdminIndexController {

    static final String BASE = "/quan-tri";

    private final Navigation navigation;

    AdminIndexController(Navigation navigation) {
        this.navigation = navigation;
    }

    @Get
    @View("admin/index")
    AdminIndexPage index(Authentication authentication) {
        List<NavLink> cards = navigation.linksFor(Actor.of(authentication)).stream()
                .filter(l -> l.section() == NavLink.Section.ADMIN && !l.href().equals(BASE))
                .toList();
        return new AdminIndexPage(cards);
    }

    /** The admin index: the administration pages as cards. */
    @Introspected
    record AdminIndexPage(List<NavLink> cards) {
    }

    /** The admin index as the first entry of the administration group. */
    @Factory
    static class Links {
        @Singleton
        @Named("adminIndex")
        NavLink adminIndex() {
            return new NavLink(NavLink.Section.ADMIN, "web.nav.adminIndex", BASE, Set.of(Role.ADMIN), 0);
        }
    }
}
