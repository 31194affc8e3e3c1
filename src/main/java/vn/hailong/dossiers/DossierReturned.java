package vn.hailong.dossiers;

import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;

/**
 * A dossier's result reached the citizen (the feed set {@code returnedAt} for the first time). Published inside the
 * transaction that records it, so a listener's rows (the rating invitation) commit or roll back with it.
 *
 * @param phone the citizen's number, or null when the one-stop software gave none
 */
public record DossierReturned(long dossierId, String code, long unitId, Long counterId, Long officerId,
                              long procedureId, PhoneNumber phone, Instant returnedAt) {
}
