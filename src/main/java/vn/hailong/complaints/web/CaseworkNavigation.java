package vn.hailong.complaints.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The workspace and the answer templates in the navigation, and their bundle {@code i18n/casework*.properties}. */
@Factory
class CaseworkNavigation {

    @Singleton
    @Named("caseworkQueue")
    NavLink queue() {
        return new NavLink(NavLink.Section.HANDLING, "casework.nav.queue", CaseworkController.BASE,
                Set.of(Role.HANDLER, Role.UNIT_MANAGER, Role.PROVINCE_MANAGER), 10);
    }

    @Singleton
    @Named("answerTemplates")
    NavLink answerTemplates() {
        return new NavLink(NavLink.Section.ADMIN, "casework.nav.templates", AnswerTemplatesAdminController.BASE,
                Set.of(Role.ADMIN), 83);
    }

    @Singleton
    @Named("casework")
    MessageBundle caseworkMessages() {
        return new MessageBundle("i18n.casework");
    }
}
