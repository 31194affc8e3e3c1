package vn.hailong.calendar.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;

import java.util.Set;

/** Registers the calendar pages' bundle ({@code i18n/calendar*.properties}) and their link in the navigation. */
@Factory
class CalendarAdminSetup {

    @Singleton
    @Named("calendar")
    MessageBundle calendarMessages() {
        return new MessageBundle("i18n.calendar");
    }

    @Singleton
    @Named("holidays")
    NavLink holidaysLink() {
        return new NavLink(NavLink.Section.ADMIN, "calendar.nav.holidays", HolidaysAdminController.BASE,
                Set.of(Role.ADMIN), 80);
    }
}
