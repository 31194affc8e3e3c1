package vn.hailong.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The files attached to complaints; implemented with SQL in {@code complaints.persistence}. */
public interface AttachmentStore {

    /** What a case page lists of one attachment (never its bytes). */
    record AttachmentInfo(long id, String filename, String contentType, long size, String sha256, Instant createdAt) {
    }

    /** One attachment with its bytes and the case it belongs to. */
    record AttachmentFile(long id, long complaintId, String trackingCode, String filename, String contentType,
                          byte[] content) {
    }

    /** Stores the attachments of a complaint, in order; runs in the transaction that stores the complaint. */
    void insert(long complaintId, List<ComplaintAttachment> attachments, Instant at);

    /** The attachments of a case, in the order the citizen gave them. */
    List<AttachmentInfo> attachmentsOf(long caseId);

    Optional<AttachmentFile> byId(long attachmentId);
}
