package vn.hailong.metrics.targets.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The targets admin page in the administration group (and so on the admin index), the alert list, and their words. */
@Factory
class TargetsNavigation {

    @Singleton
    @Named("targetsAdmin")
    NavLink targetsAdmin() {
        return new NavLink(NavLink.Section.ADMIN, "targets.nav.admin", TargetsAdminController.BASE, Set.of(Role.ADMIN),
                88);
    }

    /** The alert list among the reports ({@code metrics.alerts.web}); the dashboard links it too. */
    @Singleton
    @Named("targetAlerts")
    NavLink targetAlerts() {
        return new NavLink(NavLink.Section.REPORTS, "targets.nav.alerts", "/bao-cao/canh-bao",
                Set.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER), 45);
    }

    @Singleton
    @Named("targets")
    MessageBundle targets() {
        return new MessageBundle("i18n.targets");
    }
}
