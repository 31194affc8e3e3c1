package vn.hailong.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Registers the shell's bundle, {@code i18n/web*.properties}. */
@Factory
class WebMessages {

    @Singleton
    @Named("web")
    MessageBundle webMessages() {
        return new MessageBundle("i18n.web");
    }
}
