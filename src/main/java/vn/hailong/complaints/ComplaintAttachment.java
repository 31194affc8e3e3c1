package vn.hailong.complaints;

/**
 * A file attached to a new complaint, checked by {@link Attachments#check}: {@code contentType} is what its bytes
 * are, {@code sha256} their hex digest.
 */
public record ComplaintAttachment(String filename, String contentType, long size, String sha256, byte[] content) {
}
