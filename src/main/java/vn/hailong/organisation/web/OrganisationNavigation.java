package vn.hailong.organisation.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.shared.security.Role;
import vn.hailong.web.NavLink;

import java.util.Set;

/** The directory admin pages in the navigation, before users (70). */
@Factory
class OrganisationNavigation {

    private static NavLink admin(String key, String href, int order) {
        return new NavLink(NavLink.Section.ADMIN, key, href, Set.of(Role.ADMIN), order);
    }

    @Singleton
    @Named("units")
    NavLink unitsLink() {
        return admin("organisation.nav.units", UnitsAdminController.BASE, 10);
    }

    @Singleton
    @Named("sectors")
    NavLink sectorsLink() {
        return admin("organisation.nav.sectors", SectorsAdminController.BASE, 20);
    }

    @Singleton
    @Named("procedures")
    NavLink proceduresLink() {
        return admin("organisation.nav.procedures", ProceduresAdminController.BASE, 30);
    }

    @Singleton
    @Named("counters")
    NavLink countersLink() {
        return admin("organisation.nav.counters", CountersAdminController.BASE, 40);
    }

    @Singleton
    @Named("officers")
    NavLink officersLink() {
        return admin("organisation.nav.officers", OfficersAdminController.BASE, 50);
    }

    @Singleton
    @Named("directoryImport")
    NavLink importLink() {
        return admin("organisation.nav.import", ImportAdminController.BASE, 60);
    }
}
