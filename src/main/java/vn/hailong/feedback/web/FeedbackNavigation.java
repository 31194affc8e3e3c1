package vn.hailong.feedback.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The feedback pages in the navigation, and their bundle {@code i18n/feedback*.properties}. */
@Factory
class FeedbackNavigation {

    @Singleton
    @Named("flaggedForAdmins")
    NavLink flaggedForAdmins() {
        return new NavLink(NavLink.Section.ADMIN, "feedback.nav.flagged", FlaggedRatingsController.BASE,
                Set.of(Role.ADMIN), 65);
    }

    @Singleton
    @Named("flaggedForManagers")
    NavLink flaggedForManagers() {
        return new NavLink(NavLink.Section.REPORTS, "feedback.nav.flagged", FlaggedRatingsController.BASE,
                Set.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER), 50);
    }

    @Singleton
    @Named("counterDesk")
    NavLink counterDesk() {
        return new NavLink(NavLink.Section.DESK, "feedback.nav.desk", CounterDeskController.BASE,
                CounterDeskController.ROLES, 10);
    }

    @Singleton
    @Named("feedback")
    MessageBundle feedbackMessages() {
        return new MessageBundle("i18n.feedback");
    }
}
