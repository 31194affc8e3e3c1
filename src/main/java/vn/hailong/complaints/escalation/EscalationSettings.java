package vn.hailong.complaints.escalation;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Configured under {@code hailong.complaints.escalation.*}: whether the scan runs on this node, how often, and how
 * long a breached step may stay open before the case goes one level up the unit tree.
 */
@ConfigurationProperties("hailong.complaints.escalation")
public class EscalationSettings {

    /** whether this node runs the scheduled scan (every node may: each warning, breach and escalation happens once) */
    private boolean enabled = true;
    /** the pause between two scans */
    private Duration interval = Duration.ofMinutes(5);
    /**
     * working days after the breach (counted like a deadline on the holding unit's calendar: the end of office hours
     * of the n-th working day after the breach) at which a still-open step escalates
     */
    private int escalateAfterWorkingDays = 2;
    /** at most this many steps per scan; the next scan takes the rest */
    private int batchSize = 500;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Duration getInterval() { return interval; }
    public void setInterval(Duration interval) { this.interval = interval; }
    public int getEscalateAfterWorkingDays() { return escalateAfterWorkingDays; }
    public void setEscalateAfterWorkingDays(int days) { this.escalateAfterWorkingDays = days; }
    public int getBatchSize() { return batchSize; }
    public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
}
