package vn.hailong.dossiers;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;

/**
 * A dossier (hồ sơ) as the one-stop software reported it last (product.md §4.5). {@code appointmentAt} is the
 * promised return moment now in force; after the one re-schedule an apology allows, {@code originalAppointmentAt}
 * keeps the first promise.
 *
 * @param phone the citizen's number, decrypted; null when the feed gave none
 */
public record Dossier(long id, String code, long unitId, long procedureId, Long officerId, Long counterId,
                      String channel, PhoneNumber phone, Instant receivedAt, Instant appointmentAt,
                      Instant originalAppointmentAt, Instant finishedAt, Instant returnedAt) {

    public boolean returned() {
        return returnedAt != null;
    }

    public boolean rescheduled() {
        return originalAppointmentAt != null;
    }
}
