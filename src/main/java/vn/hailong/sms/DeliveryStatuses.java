package vn.hailong.sms;

import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's status callbacks applied to the outbox by MessageSid. Callbacks come more than once and out of order, so
 * a status moves a message only forward: queued/accepted → sending → sent → delivered, undelivered or failed; once
 * final (delivered, undelivered, failed) nothing moves it. delivered sets DELIVERED, undelivered and failed set
 * FAILED with Twilio's ErrorCode; the others keep SENT.
 */
@Singleton
public class DeliveryStatuses {

    private static final Map<String, Integer> RANK = Map.of("accepted", 0, "scheduled", 0, "queued", 0,
            "sending", 1, "sent", 2, "delivered", 3, "undelivered", 3, "failed", 3, "canceled", 3);

    private final OutboxStore outbox;

    DeliveryStatuses(OutboxStore outbox) {
        this.outbox = outbox;
    }

    /** @return false when no message has this SID */
    public boolean apply(String messageSid, String status, String errorCode, String errorMessage) {
        String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (!RANK.containsKey(s)) {
            return outbox.updateDelivery(messageSid, (current, state) -> Optional.empty());
        }
        return outbox.updateDelivery(messageSid, (current, state) -> next(current, state, s, errorCode, errorMessage));
    }

    static Optional<OutboxStore.DeliveryProgress.Update> next(String current, OutboxState state, String status,
                                                              String errorCode, String errorMessage) {
        int was = current == null ? -1 : RANK.getOrDefault(current, -1);
        if (was >= 3 || RANK.get(status) <= was) {
            return Optional.empty();
        }
        OutboxState newState = switch (status) {
            case "delivered" -> OutboxState.DELIVERED;
            case "undelivered", "failed", "canceled" -> OutboxState.FAILED;
            default -> state;
        };
        boolean failed = newState == OutboxState.FAILED;
        return Optional.of(new OutboxStore.DeliveryProgress.Update(status, newState,
                failed ? blankToNull(errorCode) : null, failed ? blankToNull(errorMessage) : null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
