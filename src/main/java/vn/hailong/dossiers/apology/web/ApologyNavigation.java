package vn.hailong.dossiers.apology.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/**
 * The late-dossier list at the desk (one-stop officers issue the apology, Decree 118/2025 Art. 19(6); managers see
 * their units'), the late-dossier report among the reports, and their words.
 */
@Factory
class ApologyNavigation {

    @Singleton
    @Named("lateDossiers")
    NavLink lateDossiers() {
        return new NavLink(NavLink.Section.DESK, "apology.nav.late", LateDossiersController.LIST,
                Set.of(Role.OFFICER, Role.UNIT_MANAGER, Role.PROVINCE_MANAGER, Role.ADMIN), 32);
    }

    @Singleton
    @Named("lateDossierReport")
    NavLink lateDossierReport() {
        return new NavLink(NavLink.Section.REPORTS, "apology.nav.report", LateDossierReportController.BASE,
                Set.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER, Role.ADMIN), 38);
    }

    @Singleton
    @Named("apology")
    MessageBundle apology() {
        return new MessageBundle("i18n.apology");
    }
}
