package vn.hailong.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Registers the shell's bundle, {@code i18n/web*.properties}, and the shared kernel's, {@code i18n/phone*}. */
@Factory
class WebMessages {

    @Singleton
    @Named("web")
    MessageBundle webMessages() {
        return new MessageBundle("i18n.web");
    }

    /** The shared kernel's phone-number messages ({@link vn.hailong.shared.phone.InvalidPhoneNumber#key()}). */
    @Singleton
    @Named("phone")
    MessageBundle phoneMessages() {
        return new MessageBundle("i18n.phone");
    }
}
