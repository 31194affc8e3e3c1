package vn.hailong.complaints.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.web.MessageBundle;

/** Registers the tracking bundle, {@code i18n/tracking*.properties}: the citizen's words for a case's progress. */
@Factory
class TrackingMessages {

    @Singleton
    @Named("tracking")
    MessageBundle trackingMessages() {
        return new MessageBundle("i18n.tracking");
    }
}
