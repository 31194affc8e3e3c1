package vn.hailong.dossiers.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The dossier list in the navigation (admins under administration, managers under reports), and the bundle. */
@Factory
class DossiersNavigation {

    @Singleton
    @Named("dossiersForAdmins")
    NavLink forAdmins() {
        return new NavLink(NavLink.Section.ADMIN, "dossiers.nav.list", DossiersPageController.BASE, Set.of(Role.ADMIN),
                31);
    }

    @Singleton
    @Named("dossiersForManagers")
    NavLink forManagers() {
        return new NavLink(NavLink.Section.REPORTS, "dossiers.nav.list", DossiersPageController.BASE,
                Set.of(Role.PROVINCE_MANAGER, Role.UNIT_MANAGER), 30);
    }

    @Singleton
    @Named("dossiers")
    MessageBundle dossiers() {
        return new MessageBundle("i18n.dossiers");
    }
}
