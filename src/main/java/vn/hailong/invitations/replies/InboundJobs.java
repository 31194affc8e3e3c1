package vn.hailong.invitations.replies;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry of PENDING inbound messages ({@code hailong.sms.inbound.retry-interval}, default every minute) and the
 * reconciliation with Twilio's message list ({@code reconcile-interval}, default every 5 minutes), on every node
 * where {@code hailong.sms.inbound.jobs-enabled} is not false: both are safe on several nodes at once.
 */
@Singleton
@Requires(property = "hailong.sms.inbound.jobs-enabled", notEquals = "false")
class InboundJobs {

    private static final Logger LOG = LoggerFactory.getLogger(InboundJobs.class);

    private final InboundReplies replies;
    private final Reconciliation reconciliation;

    InboundJobs(InboundReplies replies, Reconciliation reconciliation) {
        this.replies = replies;
        this.reconciliation = reconciliation;
    }

    @Scheduled(fixedDelay = "${hailong.sms.inbound.retry-interval:1m}", initialDelay = "1m")
    void retry() {
        replies.retryDue();
    }

    @Scheduled(fixedDelay = "${hailong.sms.inbound.reconcile-interval:5m}", initialDelay = "2m")
    void reconcile() {
        try {
            reconciliation.reconcile().filter(r -> r.ingested() > 0)
                    .ifPresent(r -> LOG.info("Reconciliation stored {} missed inbound SMS", r.ingested()));
        } catch (RuntimeException e) {
            // Twilio unreachable, or the database: the watermark stayed where it was, the next run reads again
            LOG.warn("Inbound SMS reconciliation failed", e);
        }
    }
}
