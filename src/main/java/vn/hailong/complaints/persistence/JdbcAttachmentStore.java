package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.AttachmentStore;
import vn.hailong.complaints.ComplaintAttachment;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcAttachmentStore implements AttachmentStore {

    private final JdbcOperations jdbc;

    JdbcAttachmentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void insert(long complaintId, List<ComplaintAttachment> attachments, Instant at) {
        int position = 0;
        for (ComplaintAttachment a : attachments) {
            int p = ++position;
            jdbc.prepareStatement("""
                    INSERT INTO complaint_attachments (complaint_id, position, filename, content_type, size_bytes, sha256,
                      content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                ps.setLong(1, complaintId);
                ps.setInt(2, p);
                ps.setString(3, a.filename());
                ps.setString(4, a.contentType());
                ps.setLong(5, a.size());
                ps.setString(6, a.sha256());
                ps.setBytes(7, a.content());
                UtcColumns.set(ps, 8, at);
                return ps.executeUpdate();
            });
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachmentsOf(long caseId) {
        return jdbc.prepareStatement("""
                SELECT id, filename, content_type, size_bytes, sha256, created_at FROM complaint_attachments
                WHERE complaint_id = ? ORDER BY position, id""", ps -> {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<AttachmentInfo> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), UtcColumns.instant(rs, 6)));
                }
                return all;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> byId(long attachmentId) {
        return jdbc.prepareStatement("""
                SELECT a.id, a.complaint_id, c.tracking_code, a.filename, a.content_type, a.content
                FROM complaint_attachments a JOIN complaints c ON c.id = a.complaint_id WHERE a.id = ?""", ps -> {
            ps.setLong(1, attachmentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new AttachmentFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6))) : Optional.<AttachmentFile>empty();
            }
        });
    }
}
