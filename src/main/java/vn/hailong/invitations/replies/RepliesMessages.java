package vn.hailong.invitations.replies;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.web.MessageBundle;

/** The words of SMS replies: the answers citizens receive and the inbound messages page. */
@Factory
class RepliesMessages {

    @Singleton
    @Named("smsreplies")
    MessageBundle smsreplies() {
        return new MessageBundle("i18n.smsreplies");
    }
}
