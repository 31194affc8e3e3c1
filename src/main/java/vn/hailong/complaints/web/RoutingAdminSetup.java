package vn.hailong.complaints.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The routing, teams and deadline policy admin pages: their bundle ({@code i18n/routing*.properties}) and links. */
@Factory
class RoutingAdminSetup {

    @Singleton
    @Named("routing")
    MessageBundle routingMessages() {
        return new MessageBundle("i18n.routing");
    }

    @Singleton
    @Named("routingRules")
    NavLink rulesLink() {
        return new NavLink(NavLink.Section.ADMIN, "routing.nav.rules", RoutingRulesAdminController.BASE,
                Set.of(Role.ADMIN), 82);
    }

    @Singleton
    @Named("handlingTeams")
    NavLink teamsLink() {
        return new NavLink(NavLink.Section.ADMIN, "routing.nav.teams", HandlingTeamsAdminController.BASE,
                Set.of(Role.ADMIN), 84);
    }

    @Singleton
    @Named("deadlinePolicies")
    NavLink policiesLink() {
        return new NavLink(NavLink.Section.ADMIN, "routing.nav.policies", DeadlinePoliciesAdminController.BASE,
                Set.of(Role.ADMIN), 86);
    }
}
