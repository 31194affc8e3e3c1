package vn.hailong.complaints;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.web.MessageBundle;

/** Registers the complaints feature's bundle, {@code i18n/complaints*.properties}. */
@Factory
class ComplaintMessages {

    @Singleton
    @Named("complaints")
    MessageBundle complaintMessages() {
        return new MessageBundle("i18n.complaints");
    }
}
