package vn.hailong.complaints.workflow;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** Configured under {@code hailong.complaints.workflow.*}. */
@ConfigurationProperties("hailong.complaints.workflow")
public class WorkflowSettings {

    /** how long after the answer the citizen may reopen the case */
    private Duration reopenWindow = Duration.ofDays(30);

    public Duration getReopenWindow() { return reopenWindow; }
    public void setReopenWindow(Duration reopenWindow) { this.reopenWindow = reopenWindow; }
}
