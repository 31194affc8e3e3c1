package vn.hailong.feedback.imports.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The survey form import in the navigation: admins next to the directory import, unit managers under reports. */
@Factory
class SurveyFormImportNavigation {

    @Singleton
    @Named("surveyFormImportForAdmins")
    NavLink forAdmins() {
        return new NavLink(NavLink.Section.ADMIN, "feedback.nav.formImport", SurveyFormImportController.BASE,
                Set.of(Role.ADMIN), 62);
    }

    @Singleton
    @Named("surveyFormImportForManagers")
    NavLink forManagers() {
        return new NavLink(NavLink.Section.REPORTS, "feedback.nav.formImport", SurveyFormImportController.BASE,
                Set.of(Role.UNIT_MANAGER), 60);
    }
}
