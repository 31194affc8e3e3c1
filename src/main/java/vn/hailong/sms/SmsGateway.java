package vn.hailong.sms;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;
import java.util.Optional;

/** Where messages go out (Twilio, {@code sms.twilio}); {@link #available()} is false when no account is set. */
public interface SmsGateway {

    boolean available();

    /** @return the provider's message SID and status */
    Accepted send(PhoneNumber to, String body);

    /**
     * A message with this To and body the provider sent since {@code since} (recovery after a crash), if any, other
     * than those {@code recorded} already (a constant reply text matches every earlier one to that number).
     */
    Optional<Accepted> findSent(PhoneNumber to, String body, Instant since, java.util.function.Predicate<String> recorded);

    record Accepted(String sid, String status) {
    }

    /** The provider refused the message for good (4xx: invalid number 21211, unsubscribed 21610 ...). */
    final class Refused extends RuntimeException {
        private final String code;

        public Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The provider could not be reached or failed (5xx, network, 429): try again later. */
    final class Unavailable extends RuntimeException {
        private final String code;

        public Unavailable(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
