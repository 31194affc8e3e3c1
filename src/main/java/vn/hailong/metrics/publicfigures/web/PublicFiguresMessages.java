package vn.hailong.metrics.publicfigures.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.web.MessageBundle;

/** The public figures page's words. */
@Factory
class PublicFiguresMessages {

    @Singleton
    @Named("publicfigures")
    MessageBundle publicFigures() {
        return new MessageBundle("i18n.publicfigures");
    }
}
