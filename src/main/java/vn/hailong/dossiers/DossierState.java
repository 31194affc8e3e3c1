package vn.hailong.dossiers;

import java.time.Instant;

/**
 * Where a dossier stands at a moment: being processed (đang giải quyết), past its promised return without a result
 * (quá hạn), with its result ready (đã có kết quả), or handed back to the citizen (đã trả).
 */
public enum DossierState {
    IN_PROGRESS,
    OVERDUE,
    FINISHED,
    RETURNED;

    public static DossierState of(Dossier d, Instant now) {
        if (d.returnedAt() != null) {
            return RETURNED;
        }
        if (d.finishedAt() != null) {
            return FINISHED;
        }
        return now.isAfter(d.appointmentAt()) ? OVERDUE : IN_PROGRESS;
    }

    /**
     * Late (trễ hạn): the result came, or has not come by {@code now}, after the first promised return. A re-schedule
     * with an apology gives the citizen a new date but does not make a late dossier an on-time one.
     */
    public static boolean late(Dossier d, Instant now) {
        Instant end = d.finishedAt() != null ? d.finishedAt() : d.returnedAt() != null ? d.returnedAt() : now;
        Instant due = d.originalAppointmentAt() != null ? d.originalAppointmentAt() : d.appointmentAt();
        return end.isAfter(due);
    }
}
