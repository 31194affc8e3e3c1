package vn.hailong.sms;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.shared.time.ClockFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Sends the due QUEUED messages of the outbox, each once, on any number of nodes.
 * <ul>
 * <li><b>Claim</b>: one UPDATE marks due rows SENDING under a random token and counts the attempt; only that
 * dispatcher works them. The claim commits before Twilio is called.</li>
 * <li><b>Rules</b>, in order: an opted-out number gets nothing (SKIPPED_OPTED_OUT; the REPLY_STOPPED confirmation
 * still goes once); outside the send window a message waits for the next opening; a number that was sent
 * {@code daily-cap-per-number} messages this local day waits for the next day's opening, and a message still capped
 * {@code cap-wait-days} after it was queued is dropped (SKIPPED_DAILY_CAP: a late reminder is worse than none).
 * REPLY_ purposes answer a citizen who has just written: no window, no cap.</li>
 * <li><b>Body</b>: rendered from the template once and stored before the send, so a retry sends the same text.</li>
 * <li><b>Failures</b>: a refusal (4xx: 21211 invalid number, 21610 unsubscribed) is FAILED at once with its code;
 * 5xx, 429 and network failures retry with doubling backoff until {@code max-attempts}, then FAILED.</li>
 * <li><b>Never twice</b>: a node may die after Twilio accepted a message and before it recorded the SID. Its row
 * stays SENDING; after {@code claim-timeout} it goes back to QUEUED, and every attempt after the first first asks
 * Twilio's message list for a message with the same To and body since the row was queued: found, the row is SENT
 * with that SID; not found, it is sent. The same check covers a timeout whose request did reach Twilio.</li>
 * </ul>
 * Without a Twilio account nothing is claimed: messages stay QUEUED.
 */
@Singleton
public class SmsDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SmsDispatcher.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboxStore outbox;
    private final SmsTemplates templates;
    private final OptOuts optOuts;
    private final SmsGateway gateway;
    private final SmsSettings settings;
    private final SendWindow window;
    private final Clock clock;

    SmsDispatcher(OutboxStore outbox, SmsTemplates templates, OptOuts optOuts, SmsGateway gateway,
                  SmsSettings settings, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.optOuts = optOuts;
        this.gateway = gateway;
        this.settings = settings;
        this.window = SendWindow.parse(settings.getSendWindow(), ClockFactory.VIETNAM);
        this.clock = clock;
    }

    /** What one run did, for tests and the log. */
    public record Run(int sent, int waiting, int failed, int skipped) {
    }

    public SendWindow window() {
        return window;
    }

    /** Sends what is due now; returns at once when no account is configured. */
    public Run dispatchDue() {
        if (!gateway.available()) {
            return new Run(0, 0, 0, 0);
        }
        Instant now = clock.instant();
        outbox.releaseAbandoned(now.minus(settings.getClaimTimeout()), now);
        int sent = 0;
        int waiting = 0;
        int failed = 0;
        int skipped = 0;
        String token = HexFormat.of().formatHex(bytes());
        List<OutboxStore.Claimed> claimed = outbox.claim(token, now, settings.getBatchSize());
        for (OutboxStore.Claimed m : claimed) {
            switch (processSafely(m, now)) {
                case SENT -> sent++;
                case QUEUED -> waiting++;
                case FAILED -> failed++;
                default -> skipped++;
            }
        }
        if (!claimed.isEmpty()) {
            LOG.info("SMS dispatch: {} sent, {} waiting, {} failed, {} skipped", sent, waiting, failed, skipped);
        }
        return new Run(sent, waiting, failed, skipped);
    }

    private static byte[] bytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * One message's failure that nothing foresaw (a bug, a constraint, the database for a moment) must not stop the
     * messages behind it, nor be claimed again for ever: it is retried with backoff and fails after max-attempts.
     */
    private OutboxState processSafely(OutboxStore.Claimed m, Instant now) {
        try {
            return process(m, now);
        } catch (RuntimeException e) {
            LOG.warn("SMS {} ({}) failed unexpectedly on attempt {}: {}", m.id(), m.purpose(), m.attempts(),
                    e.getClass().getSimpleName());
            try {
                if (m.attempts() >= settings.getMaxAttempts()) {
                    outbox.finish(m.id(), m.token(), OutboxState.FAILED, "ERROR", e.getClass().getSimpleName(), now);
                    return OutboxState.FAILED;
                }
                outbox.retry(m.id(), m.token(), now.plus(settings.backoffAfter(m.attempts())), "ERROR",
                        e.getClass().getSimpleName());
            } catch (RuntimeException again) {
                LOG.warn("SMS {}: could not record the failure ({}); its claim times out", m.id(),
                        again.getClass().getSimpleName());
            }
            return OutboxState.QUEUED;
        }
    }

    private OutboxState process(OutboxStore.Claimed m, Instant now) {
        if (m.purpose() != SmsPurpose.REPLY_STOPPED && optOuts.optedOut(m.to())) {
            outbox.finish(m.id(), m.token(), OutboxState.SKIPPED_OPTED_OUT, null, null, now);
            return OutboxState.SKIPPED_OPTED_OUT;
        }
        boolean reply = m.purpose().name().startsWith("REPLY_");
        if (!reply && !window.isOpen(now)) {
            outbox.wait(m.id(), m.token(), window.nextOpening(now));
            return OutboxState.QUEUED;
        }
        if (!reply && capReached(m, now)) {
            if (m.createdAt().plus(Duration.ofDays(settings.getCapWaitDays())).isBefore(now)) {
                outbox.finish(m.id(), m.token(), OutboxState.SKIPPED_DAILY_CAP, null, null, now);
                return OutboxState.SKIPPED_DAILY_CAP;
            }
            LocalDate today = now.atZone(ClockFactory.VIETNAM).toLocalDate();
            outbox.wait(m.id(), m.token(), window.openingOn(today.plusDays(1)));
            return OutboxState.QUEUED;
        }
        String body = m.body();
        if (body == null) {
            body = templates.render(m.purpose(), m.params());
            outbox.storeBody(m.id(), m.token(), body);
        }
        return send(m, body, now);
    }

    private boolean capReached(OutboxStore.Claimed m, Instant now) {
        LocalDate today = now.atZone(ClockFactory.VIETNAM).toLocalDate();
        Instant from = today.atStartOfDay(ClockFactory.VIETNAM).toInstant();
        Instant until = today.plusDays(1).atStartOfDay(ClockFactory.VIETNAM).toInstant();
        return outbox.sentTo(m.toIndex(), from, until) >= settings.getDailyCapPerNumber();
    }

    private OutboxState send(OutboxStore.Claimed m, String body, Instant now) {
        try {
            if (m.attempts() > 1) {
                Optional<SmsGateway.Accepted> already = gateway.findSent(m.to(), body, m.createdAt(),
                        outbox::knowsProviderSid);
                if (already.isPresent()) {
                    outbox.sent(m.id(), m.token(), already.get().sid(), already.get().status(), now);
                    return OutboxState.SENT;
                }
            }
            SmsGateway.Accepted accepted = gateway.send(m.to(), body);
            outbox.sent(m.id(), m.token(), accepted.sid(), accepted.status(), clock.instant());
            return OutboxState.SENT;
        } catch (SmsGateway.Refused e) {
            outbox.finish(m.id(), m.token(), OutboxState.FAILED, e.code(), e.getMessage(), now);
            return OutboxState.FAILED;
        } catch (SmsGateway.Unavailable e) {
            if (m.attempts() >= settings.getMaxAttempts()) {
                outbox.finish(m.id(), m.token(), OutboxState.FAILED, e.code(), e.getMessage(), now);
                return OutboxState.FAILED;
            }
            outbox.retry(m.id(), m.token(), now.plus(settings.backoffAfter(m.attempts())), e.code(), e.getMessage());
            return OutboxState.QUEUED;
        }
    }
}
