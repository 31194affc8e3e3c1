package vn.hailong.dossiers.apology;

import java.time.Instant;

/**
 * An issued apology (phiếu xin lỗi và hẹn lại ngày trả kết quả) for one dossier: the appointment it moved from and
 * to, when it was due and issued ({@code late}: after the due moment, không đúng hạn), the reason and who signed it.
 *
 * @param issuedBy the staff user who recorded it (username), for the audit trail
 */
public record Apology(long id, long dossierId, long unitId, String reason, Instant previousAppointmentAt,
                      Instant newAppointmentAt, Instant dueAt, Instant issuedAt, boolean late, String signerName,
                      String signerTitle, String issuingUnit, String issuedBy) {
}
