package vn.hailong.sms;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The dispatcher's rules ({@code hailong.sms.*}): the send window, the per-number daily cap (messages SENT to one
 * number per local day, REPLY_ purposes not counted), how long a capped message may wait before it is dropped as
 * SKIPPED_DAILY_CAP, attempts and backoff for Twilio's 5xx and network failures, when a SENDING row counts as
 * abandoned (a node died between Twilio's answer and its own commit), and how many segments a UNICODE template may
 * take.
 */
@ConfigurationProperties("hailong.sms")
public class SmsSettings {

    private String sendWindow = "07:00-22:00";
    private int dailyCapPerNumber = 3;
    private int capWaitDays = 3;
    private int maxAttempts = 5;
    private Duration retryBackoff = Duration.ofMinutes(1);
    private Duration maxRetryBackoff = Duration.ofHours(1);
    private Duration claimTimeout = Duration.ofMinutes(5);
    private int batchSize = 50;
    private int maxUnicodeSegments = 2;
    /** Characters of the token in a rating link, for the worst-case length of {link}. */
    private int linkTokenLength = 10;

    public String getSendWindow() {
        return sendWindow;
    }

    public void setSendWindow(String sendWindow) {
        this.sendWindow = sendWindow;
    }

    public int getDailyCapPerNumber() {
        return dailyCapPerNumber;
    }

    public void setDailyCapPerNumber(int dailyCapPerNumber) {
        this.dailyCapPerNumber = dailyCapPerNumber;
    }

    public int getCapWaitDays() {
        return capWaitDays;
    }

    public void setCapWaitDays(int capWaitDays) {
        this.capWaitDays = capWaitDays;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(Duration retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public Duration getMaxRetryBackoff() {
        return maxRetryBackoff;
    }

    public void setMaxRetryBackoff(Duration maxRetryBackoff) {
        this.maxRetryBackoff = maxRetryBackoff;
    }

    public Duration getClaimTimeout() {
        return claimTimeout;
    }

    public void setClaimTimeout(Duration claimTimeout) {
        this.claimTimeout = claimTimeout;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public int getMaxUnicodeSegments() {
        return maxUnicodeSegments;
    }

    public void setMaxUnicodeSegments(int maxUnicodeSegments) {
        this.maxUnicodeSegments = maxUnicodeSegments;
    }

    public int getLinkTokenLength() {
        return linkTokenLength;
    }

    public void setLinkTokenLength(int linkTokenLength) {
        this.linkTokenLength = linkTokenLength;
    }

    /** The delay before attempt {@code attempts + 1}: backoff doubled per attempt made, at most the maximum. */
    public Duration backoffAfter(int attempts) {
        Duration d = retryBackoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return d.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : d;
    }
}
