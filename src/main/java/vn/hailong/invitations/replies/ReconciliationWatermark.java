package vn.hailong.invitations.replies;

import java.time.Instant;
import java.util.Optional;

/**
 * How far the reconciliation has read Twilio's message list: every inbound message sent up to this moment (by
 * Twilio's clock) is stored. Kept in the database (app_settings), so every node and every restart share it.
 */
public interface ReconciliationWatermark {

    Optional<Instant> get();

    /** Sets the first watermark, unless another node set one first; @return the watermark in force */
    Instant initialise(Instant at);

    /** Moves the watermark forward to {@code to}; never back. */
    void advance(Instant to);
}
