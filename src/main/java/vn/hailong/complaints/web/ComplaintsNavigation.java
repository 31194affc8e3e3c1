package vn.hailong.complaints.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.web.NavLink;

/** The complaint intake page in the staff navigation. */
@Factory
class ComplaintsNavigation {

    @Singleton
    @Named("complaintIntake")
    NavLink complaintIntake() {
        return new NavLink(NavLink.Section.HANDLING, "complaints.nav.intake", StaffIntakeController.BASE,
                StaffIntakeController.ROLES, 20);
    }
}
