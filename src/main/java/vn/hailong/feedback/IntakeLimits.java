package vn.hailong.feedback;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits for ratings that are not bound to a served citizen (issue 4 §4), and for device clocks.
 * Configured under {@code hailong.ratings.*}.
 */
@ConfigurationProperties("hailong.ratings")
public class IntakeLimits {

    /**
     * A kiosk rating closer than this to the kiosk's previous one is flagged (0 disables). Derived from the shortest
     * genuine flow of kiosk-ui (issue 7 §9): a citizen taps a face, skips the questions (or has none), and the thank-you
     * screen stays up {@code hailong.kiosk.thanks-seconds} (6 s) with no button to cut it short, then the start
     * screen needs two taps (begin, a face) before the next rating exists. Each rating is sent the moment the thank-you
     * screen appears, so two genuine ratings of one kiosk are at least 6 s + two taps (about 1 s) apart when sent;
     * 5 s leaves 2 s for network jitter between two requests. Counted on the server-bounded time
     * ({@link KioskLimits}), not on the device's clock.
     */
    private Duration minInterval = Duration.ofSeconds(5);
    /** at most burstMax kiosk ratings per burstWindow; more are flagged */
    private Duration burstWindow = Duration.ofMinutes(10);
    private int burstMax = 30;
    /** a kiosk rating binds to the counter's transaction opened at most this long before it */
    private Duration transactionWindow = Duration.ofMinutes(30);
    /** device clocks run a little fast: submittedAt up to this far ahead of the server is accepted */
    private Duration futureTolerance = Duration.ofMinutes(5);
    /** non-IMPORT ratings older than this are refused (a kiosk offline for longer needs an IMPORT) */
    private Duration maxAge = Duration.ofDays(90);
    /**
     * A kiosk rating arriving at most this long after the time it claims is live: the limits count it at that time
     * (never before receipt minus this). The kiosk outbox retries with backoff (2 s doubling), so a short network
     * blip delays a rating by a few minutes at most.
     */
    private Duration liveSlack = Duration.ofMinutes(5);
    /** a late kiosk rating must arrive within this long after the kiosk is heard from again (its outbox flushes at once) */
    private Duration flushWindow = Duration.ofMinutes(30);
    /** a late kiosk rating claiming a time longer ago than this is flagged (a kiosk offline for days is looked at) */
    private Duration lateMaxAge = Duration.ofDays(3);
    /** a late kiosk rating may claim up to this long after the centre closed (the last citizens leaving) */
    private Duration closingGrace = Duration.ofMinutes(30);

    public Duration getMinInterval() { return minInterval; }
    public void setMinInterval(Duration minInterval) { this.minInterval = minInterval; }
    public Duration getBurstWindow() { return burstWindow; }
    public void setBurstWindow(Duration burstWindow) { this.burstWindow = burstWindow; }
    public int getBurstMax() { return burstMax; }
    public void setBurstMax(int burstMax) { this.burstMax = burstMax; }
    public Duration getTransactionWindow() { return transactionWindow; }
    public void setTransactionWindow(Duration transactionWindow) { this.transactionWindow = transactionWindow; }
    public Duration getFutureTolerance() { return futureTolerance; }
    public void setFutureTolerance(Duration futureTolerance) { this.futureTolerance = futureTolerance; }
    public Duration getMaxAge() { return maxAge; }
    public void setMaxAge(Duration maxAge) { this.maxAge = maxAge; }
    public Duration getLiveSlack() { return liveSlack; }
    public void setLiveSlack(Duration liveSlack) { this.liveSlack = liveSlack; }
    public Duration getFlushWindow() { return flushWindow; }
    public void setFlushWindow(Duration flushWindow) { this.flushWindow = flushWindow; }
    public Duration getLateMaxAge() { return lateMaxAge; }
    public void setLateMaxAge(Duration lateMaxAge) { this.lateMaxAge = lateMaxAge; }
    public Duration getClosingGrace() { return closingGrace; }
    public void setClosingGrace(Duration closingGrace) { this.closingGrace = closingGrace; }
}
