package vn.hailong.feedback;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits for ratings that are not bound to a served citizen (issue 4 §4), and for device clocks.
 * Configured under {@code hailong.ratings.*}.
 */
@ConfigurationProperties("hailong.ratings")
public class IntakeLimits {

    /** a kiosk rating closer than this to the kiosk's previous one is flagged (0 disables) */
    private Duration minInterval = Duration.ofSeconds(15);
    /** at most burstMax kiosk ratings per burstWindow; more are flagged */
    private Duration burstWindow = Duration.ofMinutes(10);
    private int burstMax = 30;
    /** a kiosk rating binds to the counter's transaction opened at most this long before it */
    private Duration transactionWindow = Duration.ofMinutes(30);
    /** device clocks run a little fast: submittedAt up to this far ahead of the server is accepted */
    private Duration futureTolerance = Duration.ofMinutes(5);
    /** non-IMPORT ratings older than this are refused (a kiosk offline for longer needs an IMPORT) */
    private Duration maxAge = Duration.ofDays(90);

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
}
