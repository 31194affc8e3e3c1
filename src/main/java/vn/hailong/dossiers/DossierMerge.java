package vn.hailong.dossiers;

import java.time.Instant;

/**
 * How a report of the feed changes a stored dossier, so that repeated and out-of-order reports never move a dossier
 * backwards (product.md §4.5). The feed gives no version, so a report's age is judged by how far it says the dossier
 * got (its <em>stage</em>: received, result ready, returned):
 * <ol>
 * <li><b>Times are facts, the first one reported wins.</b> {@code receivedAt}, {@code finishedAt} and
 *     {@code returnedAt}, once stored, are never cleared or moved; a report fills only a time still missing.</li>
 * <li><b>A stale report</b> (its stage behind the stored one: it lacks a time the dossier already has) changes
 *     nothing else: it fills only fields still empty (officer, counter, channel, phone).</li>
 * <li><b>A current report</b> (same stage or further) is the one-stop software's latest word: its unit, procedure
 *     and appointment replace the stored ones; the optional fields it gives replace the stored ones, and those it
 *     leaves out keep their stored value (a partial report clears nothing), except that a report moving the
 *     dossier to another unit also replaces its officer and counter (the stored ones work in the old unit).</li>
 * <li><b>After a re-schedule</b> (an apology set {@code originalAppointmentAt}) the feed may move the appointment
 *     only later, never earlier; {@code originalAppointmentAt} is never the feed's to change.</li>
 * </ol>
 * The same report twice changes nothing the second time. Between two reports of the same stage the later to arrive
 * wins, as nothing tells which one the one-stop software sent last.
 */
public final class DossierMerge {

    /** The dossier after a report, whether anything changed, and whether this report returned it. */
    public record Outcome(Dossier dossier, boolean changed, boolean returnedNow) {
    }

    private DossierMerge() {
    }

    /** The dossier a first report creates. */
    public static Dossier create(long id, DossierReport r) {
        return new Dossier(id, r.code(), r.unitId(), r.procedureId(), r.officerId(), r.counterId(), name(r.channel()),
                r.phone(), r.receivedAt(), r.appointmentAt(), null, r.finishedAt(), r.returnedAt());
    }

    public static Outcome merge(Dossier stored, DossierReport r) {
        boolean stale = r.stage() < stage(stored.finishedAt(), stored.returnedAt());
        Instant finishedAt = first(stored.finishedAt(), r.finishedAt());
        Instant returnedAt = first(stored.returnedAt(), r.returnedAt());
        Dossier merged;
        if (stale) {
            merged = new Dossier(stored.id(), stored.code(), stored.unitId(), stored.procedureId(),
                    first(stored.officerId(), r.officerId()), first(stored.counterId(), r.counterId()),
                    first(stored.channel(), name(r.channel())), first(stored.phone(), r.phone()),
                    stored.receivedAt(), stored.appointmentAt(), stored.originalAppointmentAt(), finishedAt,
                    returnedAt);
        } else {
            // the stored officer and counter belong to the stored unit: a report moving the dossier brings its own
            boolean moved = r.unitId() != stored.unitId();
            merged = new Dossier(stored.id(), stored.code(), r.unitId(), r.procedureId(),
                    moved ? r.officerId() : latest(stored.officerId(), r.officerId()),
                    moved ? r.counterId() : latest(stored.counterId(), r.counterId()),
                    latest(stored.channel(), name(r.channel())), latest(stored.phone(), r.phone()),
                    stored.receivedAt(), appointment(stored, r.appointmentAt()), stored.originalAppointmentAt(),
                    finishedAt, returnedAt);
        }
        return new Outcome(merged, !merged.equals(stored), stored.returnedAt() == null && returnedAt != null);
    }

    static int stage(Instant finishedAt, Instant returnedAt) {
        return returnedAt != null ? 2 : finishedAt != null ? 1 : 0;
    }

    private static Instant appointment(Dossier stored, Instant reported) {
        if (stored.rescheduled() && reported.isBefore(stored.appointmentAt())) {
            return stored.appointmentAt();
        }
        return reported;
    }

    /** The stored value when there is one, else the reported one. */
    private static <T> T first(T stored, T reported) {
        return stored != null ? stored : reported;
    }

    /** The reported value when there is one, else the stored one. */
    private static <T> T latest(T stored, T reported) {
        return reported != null ? reported : stored;
    }

    private static String name(DossierChannel channel) {
        return channel == null ? null : channel.name();
    }
}
