package vn.hailong.complaints.escalation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs {@link EscalationScan} every {@code hailong.complaints.escalation.interval} (default 5 minutes) on every node
 * where {@code hailong.complaints.escalation.enabled} is not false; the scan itself is safe to run on several nodes.
 */
@Singleton
@Requires(property = "hailong.complaints.escalation.enabled", notEquals = "false")
class EscalationJob {

    private final EscalationScan scan;

    EscalationJob(EscalationScan scan) {
        this.scan = scan;
    }

    @Scheduled(fixedDelay = "${hailong.complaints.escalation.interval:5m}", initialDelay = "1m")
    void run() {
        scan.scan();
    }
}
