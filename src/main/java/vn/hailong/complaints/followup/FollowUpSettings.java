package vn.hailong.complaints.followup;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * When an unhappy rating opens a follow-up case (issue 9 §10), under {@code hailong.complaints.follow-up.*}: a score
 * at or below {@code max-score} (default 2, "không hài lòng") that left a phone number or asked to be contacted.
 */
@ConfigurationProperties("hailong.complaints.follow-up")
public class FollowUpSettings {

    private boolean enabled = true;
    private int maxScore = 2;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getMaxScore() { return maxScore; }
    public void setMaxScore(int maxScore) { this.maxScore = maxScore; }
}
