package vn.hailong.invitations.replies.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The inbound SMS page in the administration group (and so on the admin index). */
@Factory
class RepliesNavigation {

    @Singleton
    @Named("inboundSms")
    NavLink inboundSms() {
        return new NavLink(NavLink.Section.ADMIN, "smsreplies.nav.inbound", InboundMessagesController.BASE,
                Set.of(Role.ADMIN), 95);
    }
}
