package vn.hailong.dossiers;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;

/**
 * One report of the one-stop software about a dossier, checked and resolved against the directory: what it says
 * now, which {@link DossierMerge} folds into what is stored. Optional fields are null when the report left them out.
 */
public record DossierReport(String code, long unitId, long procedureId, Long officerId, Long counterId,
                            DossierChannel channel, PhoneNumber phone, Instant receivedAt, Instant appointmentAt,
                            Instant finishedAt, Instant returnedAt) {

    /** How far the report says the dossier got: 0 received, 1 result ready, 2 returned. */
    int stage() {
        return DossierMerge.stage(finishedAt, returnedAt);
    }
}
