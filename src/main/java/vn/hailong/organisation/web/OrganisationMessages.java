package vn.hailong.organisation.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.web.MessageBundle;

/** Registers the directory pages' bundle, {@code i18n/organisation*.properties}. */
@Factory
class OrganisationMessages {

    @Singleton
    @Named("organisation")
    MessageBundle organisationMessages() {
        return new MessageBundle("i18n.organisation");
    }
}
