package vn.hailong.access;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.web.MessageBundle;

/** Registers the accounts feature's bundle, {@code i18n/access*.properties}. */
@Factory
class AccessMessages {

    @Singleton
    @Named("access")
    MessageBundle accessMessages() {
        return new MessageBundle("i18n.access");
    }
}
