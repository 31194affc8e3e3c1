package vn.hailong.complaints;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How much a citizen may attach to one complaint, under {@code hailong.complaints.attachments.*}. The defaults keep
 * a full form (three files of 3 MB and the text) below the server's 10 MB request limit
 * ({@code micronaut.server.max-request-size}).
 */
@ConfigurationProperties("hailong.complaints.attachments")
public class AttachmentLimits {

    /** the web form offers at most this many file fields */
    public static final int MAX_FIELDS = 3;

    private long maxBytes = 3L * 1024 * 1024;
    private int maxCount = MAX_FIELDS;

    public long getMaxBytes() { return maxBytes; }
    public void setMaxBytes(long maxBytes) { this.maxBytes = maxBytes; }
    public int getMaxCount() { return Math.max(0, Math.min(maxCount, MAX_FIELDS)); }
    public void setMaxCount(int maxCount) { this.maxCount = maxCount; }
}
