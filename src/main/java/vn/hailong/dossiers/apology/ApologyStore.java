package vn.hailong.dossiers.apology;

import vn.hailong.dossiers.Dossier;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The apologies and the dossier columns they move (SQL in {@code dossiers.apology.persistence}): reads the dossiers
 * the feed stores, writes only {@code appointment_at} and {@code original_appointment_at}.
 */
public interface ApologyStore {

    /** The dossier, its row locked until the transaction ends (two clerks issuing at once: one waits, then sees it). */
    Optional<Dossier> lockDossier(String code);

    /** Dossiers of these units with no finished or returned time whose appointment is before {@code before}. */
    List<Dossier> openDossiersDueBefore(Collection<Long> unitIds, Instant before);

    Optional<Apology> byDossier(long dossierId);

    List<Apology> byDossiers(Collection<Long> dossierIds);

    /** @return false when the dossier already has one (the unique key said so) */
    boolean insert(Apology apology);

    /**
     * Moves the appointment once: keeps the current one as the original and sets the new one.
     *
     * @return false when the dossier was re-scheduled before
     */
    boolean reschedule(long dossierId, Instant newAppointmentAt);

    /**
     * Late dossiers per unit: those whose first promise (the original appointment, or the appointment when never
     * moved) falls in [from, to) and that were finished or returned after it, or are still open at {@code now} past it.
     */
    List<LateCount> lateCounts(Collection<Long> unitIds, Instant from, Instant to, Instant now);

    /** One unit's late dossiers, split by their apology: issued in time, issued late, none. */
    record LateCount(long unitId, long late, long timelyApology, long lateApology, long noApology) {
    }
}
