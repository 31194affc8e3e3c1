package vn.hailong.invitations.replies;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The provider's own record of the messages citizens sent to our number (Twilio's message list). */
public interface MessageHistory {

    /**
     * The inbound messages to our number sent at or after {@code since}, oldest first; empty when no account is
     * configured (nothing to read).
     */
    Optional<List<InboundSms>> inboundSince(Instant since);
}
