package vn.hailong.invitations.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/**
 * The QR cards admin page: in the administration group for admins, among the reports for unit managers (who see no
 * administration group, as for flagged ratings); and the words of the invitations pages.
 */
@Factory
class InvitationsNavigation {

    @Singleton
    @Named("qrCards")
    NavLink qrCards() {
        return new NavLink(NavLink.Section.ADMIN, "invitations.nav.cards", QrCardsAdminController.BASE,
                Set.of(Role.ADMIN), 93);
    }

    @Singleton
    @Named("qrCardsManagers")
    NavLink qrCardsManagers() {
        return new NavLink(NavLink.Section.REPORTS, "invitations.nav.cards", QrCardsAdminController.BASE,
                Set.of(Role.UNIT_MANAGER), 94);
    }

    @Singleton
    @Named("invitations")
    MessageBundle invitations() {
        return new MessageBundle("i18n.invitations");
    }
}
