package vn.hailong.sms.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The SMS pages in the administration group (the messages among managers' reports), and their words. */
@Factory
class SmsNavigation {

    @Singleton
    @Named("smsMessages")
    NavLink messages() {
        return new NavLink(NavLink.Section.ADMIN, "sms.nav.messages", MessagesAdminController.BASE,
                Set.of(Role.ADMIN), 90);
    }

    /** Managers have no administration group: their units' messages are among their reports. */
    @Singleton
    @Named("smsMessagesForManagers")
    NavLink messagesForManagers() {
        return new NavLink(NavLink.Section.REPORTS, "sms.nav.messages", MessagesAdminController.BASE,
                Set.of(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER), 96);
    }

    @Singleton
    @Named("smsTemplates")
    NavLink templates() {
        return new NavLink(NavLink.Section.ADMIN, "sms.nav.templates", SmsTemplatesAdminController.BASE,
                Set.of(Role.ADMIN), 91);
    }

    @Singleton
    @Named("smsFake")
    @Requires(property = "hailong.twilio.fake.enabled", value = "true")
    NavLink fake() {
        return new NavLink(NavLink.Section.ADMIN, "sms.nav.fake", FakeTwilioAdminController.BASE, Set.of(Role.ADMIN),
                92);
    }

    @Singleton
    @Named("sms")
    MessageBundle sms() {
        return new MessageBundle("i18n.sms");
    }
}
