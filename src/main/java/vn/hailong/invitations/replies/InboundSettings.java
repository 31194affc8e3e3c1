package vn.hailong.invitations.replies;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Inbound SMS ({@code hailong.sms.inbound.*}): how far back a reply finds its invited dossier, how failed attempts
 * are retried, and how the reconciliation reads Twilio's message list.
 */
@ConfigurationProperties("hailong.sms.inbound")
public class InboundSettings {

    /** a reply rates (or complains about) the last dossier invited to its number within this time */
    private Duration ratingWindow = Duration.ofDays(30);
    /** whether this node runs the retry and reconciliation jobs (every node may: each message is processed once) */
    private boolean jobsEnabled = true;
    /** how long one attempt holds a message before another node may take it */
    private Duration hold = Duration.ofMinutes(2);
    /** the first retry waits this long, each next one twice as long, up to {@code maxBackoff} */
    private Duration backoff = Duration.ofMinutes(1);
    private Duration maxBackoff = Duration.ofHours(1);
    /** after this many failed attempts a message is FAILED (the admin page shows it) */
    private int maxAttempts = 8;
    private int batchSize = 100;
    /** reconciliation: re-read this much before the watermark, for Twilio's list lagging or clocks disagreeing */
    private Duration overlap = Duration.ofMinutes(10);
    /** reconciliation: messages younger than this are left to the webhook, which is probably answering them now */
    private Duration settle = Duration.ofMinutes(2);
    /** reconciliation: without a watermark yet (first run), read this far back */
    private Duration initialLookback = Duration.ofDays(1);

    public Duration getRatingWindow() { return ratingWindow; }
    public void setRatingWindow(Duration ratingWindow) { this.ratingWindow = ratingWindow; }
    public boolean isJobsEnabled() { return jobsEnabled; }
    public void setJobsEnabled(boolean jobsEnabled) { this.jobsEnabled = jobsEnabled; }
    public Duration getHold() { return hold; }
    public void setHold(Duration hold) { this.hold = hold; }
    public Duration getBackoff() { return backoff; }
    public void setBackoff(Duration backoff) { this.backoff = backoff; }
    public Duration getMaxBackoff() { return maxBackoff; }
    public void setMaxBackoff(Duration maxBackoff) { this.maxBackoff = maxBackoff; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    public Duration getOverlap() { return overlap; }
    public void setOverlap(Duration overlap) { this.overlap = overlap; }
    public Duration getSettle() { return settle; }
    public void setSettle(Duration settle) { this.settle = settle; }
    public Duration getInitialLookback() { return initialLookback; }
    public void setInitialLookback(Duration initialLookback) { this.initialLookback = initialLookback; }

    /** The wait after the n-th failed attempt (n ≥ 1). */
    Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
