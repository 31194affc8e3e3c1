package vn.hailong.invitations.replies;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.InvalidPhoneNumber;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OutboundSms;
import vn.hailong.sms.SmsOutbox;

import java.time.Clock;
import java.time.Instant;

/**
 * Every inbound message, however it came (product.md §4.9): stored once by its MessageSid, then processed at once
 * ({@link ReplyActions}). Through the webhook the answer goes back in the TwiML; a replay of the same MessageSid gets
 * the answer given the first time (or none while that one is still being processed) and does nothing again. When
 * processing fails (the database refuses the complaint, say), the message stays PENDING, the webhook answers nothing,
 * and {@link #retryDue()} tries again later and queues the answer in the SMS outbox ({@code "reply:" + MessageSid}).
 * Messages the reconciliation finds are answered through the outbox too: no TwiML can answer them.
 */
@Singleton
public class InboundReplies {

    private static final Logger LOG = LoggerFactory.getLogger(InboundReplies.class);

    private final InboundStore store;
    private final ReplyActions actions;
    private final ReplyTexts texts;
    private final SmsOutbox outbox;
    private final TimeOrderedIds ids;
    private final InboundSettings settings;
    private final Clock clock;

    InboundReplies(InboundStore store, ReplyActions actions, ReplyTexts texts, SmsOutbox outbox, TimeOrderedIds ids,
                   InboundSettings settings, Clock clock) {
        this.store = store;
        this.actions = actions;
        this.texts = texts;
        this.outbox = outbox;
        this.ids = ids;
        this.settings = settings;
        this.clock = clock;
    }

    /** A message from Twilio's webhook: the answer for its TwiML. */
    public Answer receive(InboundSms sms) {
        InboundStore.Inserted inserted = store(sms, Via.WEBHOOK);
        if (!inserted.created()) {
            InboundStore.Stored row = inserted.row();
            return row.state() == InboundState.DONE && row.replyVia() == ReplyVia.TWIML
                    ? new Answer(row.replyText()) : Answer.none();
        }
        return process(inserted.row(), ReplyVia.TWIML);
    }

    /**
     * A message found in Twilio's list: stored and processed unless it was stored before (by the webhook or an
     * earlier reconciliation); its answer goes through the outbox.
     *
     * @return whether this call stored it
     */
    public boolean ingest(InboundSms sms) {
        InboundStore.Inserted inserted = store(sms, Via.RECONCILIATION);
        if (inserted.created()) {
            process(inserted.row(), ReplyVia.OUTBOX);
        }
        return inserted.created();
    }

    /** Another attempt at each PENDING message whose time has come, answered through the outbox. */
    public int retryDue() {
        Instant now = clock.instant();
        int done = 0;
        for (InboundStore.Stored row : store.due(now, settings.getBatchSize())) {
            if (store.claim(row.id(), now, now.plus(settings.getHold()))) {
                process(row, ReplyVia.OUTBOX);
                done++;
            }
        }
        return done;
    }

    private InboundStore.Inserted store(InboundSms sms, Via via) {
        var existing = store.bySid(sms.messageSid());
        if (existing.isPresent()) {
            return new InboundStore.Inserted(existing.get(), false);
        }
        Instant now = clock.instant();
        return store.insertIfAbsent(new InboundStore.NewInbound(ids.next(), sms, sender(sms.from()), via, now,
                now.plus(settings.getHold())));
    }

    private Answer process(InboundStore.Stored row, ReplyVia via) {
        Handled handled;
        try {
            handled = handle(row);
        } catch (RuntimeException e) {
            retryLater(row, e);
            return Answer.none();
        }
        try {
            String text = null;
            ReplyVia sent = ReplyVia.NONE;
            if (handled.reply() != null && via == ReplyVia.TWIML) {
                text = texts.text(handled.reply(), handled.params());
                sent = ReplyVia.TWIML;
            } else if (handled.reply() != null) {
                outbox.enqueue(new OutboundSms(handled.reply().purpose(), row.phone(), handled.params(),
                        "reply:" + row.messageSid(), handled.unitId()));
                sent = ReplyVia.OUTBOX;
            }
            store.done(row.id(), handled, sent, text, clock.instant());
            return text == null ? Answer.none() : new Answer(text);
        } catch (RuntimeException e) {
            retryLater(row, e);
            return Answer.none();
        }
    }

    private Handled handle(InboundStore.Stored row) {
        try {
            return actions.act(row.messageSid(), row.phone(), row.body(), row.receivedAt());
        } catch (RuleViolation e) {
            // the rating or complaint rules refuse it (too old, a key reused with another body): no retry helps
            LOG.info("SMS {} refused: {}", row.messageSid(),
                    e.problems().stream().map(RuleViolation.Problem::key).toList());
            return Handled.only(Outcome.REFUSED, ReplyKind.HELP);
        }
    }

    private void retryLater(InboundStore.Stored row, RuntimeException e) {
        int attempts = row.attempts() + 1;
        boolean giveUp = attempts >= settings.getMaxAttempts();
        LOG.warn("SMS {} attempt {} failed{}", row.messageSid(), attempts, giveUp ? ", giving up" : "", e);
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        store.failed(row.id(), attempts, error.length() > 500 ? error.substring(0, 500) : error,
                clock.instant().plus(settings.backoffAfter(attempts)), giveUp);
    }

    private static PhoneNumber sender(String from) {
        try {
            return from == null ? null : PhoneNumber.parse(from);
        } catch (InvalidPhoneNumber e) {
            return null;
        }
    }
}
