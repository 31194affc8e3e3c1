package vn.hailong.metrics.dashboard.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;
import vn.hailong.web.StartPage;

import java.util.Optional;
import java.util.Set;

/** The dashboard's link (first under reports), its bundle {@code i18n/dashboard*}, and managers' start page. */
@Factory
class DashboardSetup {

    static final Set<Role> MANAGERS = Set.of(Role.PROVINCE_MANAGER, Role.UNIT_MANAGER);

    @Singleton
    @Named("dashboard")
    NavLink dashboardLink() {
        return new NavLink(NavLink.Section.REPORTS, "dashboard.nav.dashboard", DashboardController.BASE,
                Set.of(Role.ADMIN, Role.PROVINCE_MANAGER, Role.UNIT_MANAGER), 10);
    }

    @Singleton
    @Named("dashboard")
    MessageBundle dashboardMessages() {
        return new MessageBundle("i18n.dashboard");
    }

    /** A manager signs in to the dashboard of their own unit. */
    @Singleton
    @Named("dashboard")
    StartPage managersStart() {
        return role -> MANAGERS.contains(role) ? Optional.of(DashboardController.BASE) : Optional.empty();
    }
}
