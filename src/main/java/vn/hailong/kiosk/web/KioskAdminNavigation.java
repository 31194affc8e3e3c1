package vn.hailong.kiosk.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The kiosks admin page in the navigation, and its bundle {@code i18n/kioskadmin*.properties}. */
@Factory
class KioskAdminNavigation {

    @Singleton
    NavLink kiosksLink() {
        return new NavLink(NavLink.Section.ADMIN, "kioskadmin.nav.kiosks", KioskAdminController.BASE, Set.of(Role.ADMIN), 55);
    }

    @Singleton
    @Named("kioskadmin")
    MessageBundle kioskAdminMessages() {
        return new MessageBundle("i18n.kioskadmin");
    }
}
