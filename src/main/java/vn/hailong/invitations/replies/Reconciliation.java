package vn.hailong.invitations.replies;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Zero loss (product.md §5): messages Twilio received while the service was down, or whose webhook failed, are read
 * back from Twilio's message list and ingested through the same path as the webhook, each once (the MessageSid).
 * The list is read from the watermark less an overlap (Twilio's list may show a message late; its clock and ours may
 * disagree); the watermark then moves to the newest message stored, never past one that could not be stored, and
 * never past a message younger than the settle time, which the webhook is probably answering right now.
 */
@Singleton
public class Reconciliation {

    /**
     * @param read     messages in the list since the watermark less the overlap
     * @param ingested of these, the ones no earlier webhook or run had stored
     */
    public record Result(int read, int ingested, Instant watermark) {
    }

    private final MessageHistory history;
    private final InboundReplies replies;
    private final ReconciliationWatermark watermark;
    private final InboundSettings settings;
    private final Clock clock;

    Reconciliation(MessageHistory history, InboundReplies replies, ReconciliationWatermark watermark,
                   InboundSettings settings, Clock clock) {
        this.history = history;
        this.replies = replies;
        this.watermark = watermark;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return what was read and stored; empty when no Twilio account is configured */
    public Optional<Result> reconcile() {
        Instant now = clock.instant();
        Instant mark = watermark.get().orElse(null);
        Optional<List<InboundSms>> listed = history.inboundSince(
                (mark == null ? now.minus(settings.getInitialLookback()) : mark).minus(settings.getOverlap()));
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        if (mark == null) {
            mark = watermark.initialise(now.minus(settings.getInitialLookback()));
        }
        Instant settled = now.minus(settings.getSettle());
        Instant reached = mark;
        int ingested = 0;
        try {
            for (InboundSms sms : listed.get()) {
                if (!sms.receivedAt().isBefore(settled)) {
                    break;
                }
                if (replies.ingest(sms)) {
                    ingested++;
                }
                if (sms.receivedAt().isAfter(reached)) {
                    reached = sms.receivedAt();
                }
            }
        } finally {
            if (reached.isAfter(mark)) {
                watermark.advance(reached);
            }
        }
        return Optional.of(new Result(listed.get().size(), ingested, reached));
    }
}
