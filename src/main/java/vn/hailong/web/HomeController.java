package vn.hailong.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import vn.hailong.shared.security.Actor;

import java.util.List;

/** The start page after sign-in: who you are, what your role lets you do, and where to go. */
@Controller
@Produces(MediaType.TEXT_HTML)
// pages are for staff: the roles of user accounts, never a kiosk or integration token
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    private final Navigation navigation;
    private final DisplayNames names;

    HomeController(Navigation navigation, DisplayNames names) {
        this.navigation = navigation;
        this.names = names;
    }

    @Get
    @View("home")
    HomePage home(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        return new HomePage(names.fullNameOf(actor).orElse(actor.name()), actor.role().name(),
                navigation.linksFor(actor));
    }

    /** The home page: the user's full name and role and the pages open to them. */
    @Introspected
    record HomePage(String userName, String role, List<NavLink> links) {
    }
}
