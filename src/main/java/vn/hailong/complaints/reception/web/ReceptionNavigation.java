package vn.hailong.complaints.reception.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The reception pages in the navigation, and their bundle {@code i18n/reception*.properties}. */
@Factory
class ReceptionNavigation {

    @Singleton
    @Named("reception")
    NavLink receptionSessions() {
        return new NavLink(NavLink.Section.HANDLING, "reception.nav.sessions", ReceptionPagesController.BASE,
                Set.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER, Role.HANDLER), 40);
    }

    @Singleton
    @Named("receptionMessages")
    MessageBundle receptionMessages() {
        return new MessageBundle("i18n.reception");
    }
}
