package vn.hailong.web.limits;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code hailong.abuse.*}: limits on what anyone on the internet can do without a token. Defaults: 5 complaints per
 * 10 minutes per client address, 10 failed pairing codes per 15 minutes per address and 50 per 15 minutes from all
 * addresses together ({@link RequestLimits#pairingAttempt} says why 50), 10 failed complaint look-ups (a tracking code
 * with the wrong last four phone digits, or an unknown code) per 15 minutes per address. {@code behind-proxy: true}
 * (env {@code HAILONG_BEHIND_PROXY}) makes the client address the last X-Forwarded-For entry, the one our own reverse
 * proxy appended; leave it false when clients reach the service directly, or anyone could pick their address.
 */
@ConfigurationProperties("hailong.abuse")
public class AbuseLimits {

    private boolean behindProxy;
    private int complaintsPerPeriod = 5;
    private Duration complaintsPeriod = Duration.ofMinutes(10);
    private int pairingFailuresPerPeriod = 10;
    private int pairingFailuresAllAddresses = 50;
    private Duration pairingPeriod = Duration.ofMinutes(15);
    private int trackingMissesPerPeriod = 10;
    private Duration trackingPeriod = Duration.ofMinutes(15);
    /** misses on one tracking code from all addresses together: rotating addresses cannot search its 10⁴ digits */
    private int trackingMissesPerCode = 30;

    public boolean isBehindProxy() {
        return behindProxy;
    }

    public void setBehindProxy(boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    public int getComplaintsPerPeriod() {
        return complaintsPerPeriod;
    }

    public void setComplaintsPerPeriod(int complaintsPerPeriod) {
        this.complaintsPerPeriod = complaintsPerPeriod;
    }

    public Duration getComplaintsPeriod() {
        return complaintsPeriod;
    }

    public void setComplaintsPeriod(Duration complaintsPeriod) {
        this.complaintsPeriod = complaintsPeriod;
    }

    public int getPairingFailuresPerPeriod() {
        return pairingFailuresPerPeriod;
    }

    public void setPairingFailuresPerPeriod(int pairingFailuresPerPeriod) {
        this.pairingFailuresPerPeriod = pairingFailuresPerPeriod;
    }

    public int getPairingFailuresAllAddresses() {
        return pairingFailuresAllAddresses;
    }

    public void setPairingFailuresAllAddresses(int pairingFailuresAllAddresses) {
        this.pairingFailuresAllAddresses = pairingFailuresAllAddresses;
    }

    public Duration getPairingPeriod() {
        return pairingPeriod;
    }

    public void setPairingPeriod(Duration pairingPeriod) {
        this.pairingPeriod = pairingPeriod;
    }

    public int getTrackingMissesPerPeriod() {
        return trackingMissesPerPeriod;
    }

    public void setTrackingMissesPerPeriod(int trackingMissesPerPeriod) {
        this.trackingMissesPerPeriod = trackingMissesPerPeriod;
    }

    public Duration getTrackingPeriod() {
        return trackingPeriod;
    }

    public void setTrackingPeriod(Duration trackingPeriod) {
        this.trackingPeriod = trackingPeriod;
    }

    public int getTrackingMissesPerCode() {
        return trackingMissesPerCode;
    }

    public void setTrackingMissesPerCode(int trackingMissesPerCode) {
        this.trackingMissesPerCode = trackingMissesPerCode;
    }
}
