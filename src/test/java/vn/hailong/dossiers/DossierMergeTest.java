package vn.hailong.dossiers;

import org.junit.jupiter.api.Test;
import vn.hailong.shared.phone.PhoneNumber;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of {@link DossierMerge}: repeated, partial and out-of-order reports never move a dossier backwards. */
class DossierMergeTest {

    static final Instant RECEIVED = Instant.parse("2026-11-20T01:30:00Z");
    static final Instant APPOINTMENT = Instant.parse("2026-11-25T10:00:00Z");
    static final Instant FINISHED = Instant.parse("2026-11-24T08:10:00Z");
    static final Instant RETURNED = Instant.parse("2026-11-25T02:05:00Z");
    static final PhoneNumber PHONE = PhoneNumber.parse("0912345678");
    static final PhoneNumber OTHER_PHONE = PhoneNumber.parse("0987654321");

    static DossierReport received() {
        return new DossierReport("HS-1", 10, 20, 30L, 40L, DossierChannel.TRUC_TIEP, PHONE, RECEIVED, APPOINTMENT,
                null, null);
    }

    static DossierReport finished() {
        return with(received(), FINISHED, null);
    }

    static DossierReport returned() {
        return with(received(), FINISHED, RETURNED);
    }

    static DossierReport with(DossierReport r, Instant finished, Instant returned) {
        return new DossierReport(r.code(), r.unitId(), r.procedureId(), r.officerId(), r.counterId(), r.channel(),
                r.phone(), r.receivedAt(), r.appointmentAt(), finished, returned);
    }

    static DossierReport appointment(DossierReport r, Instant appointment) {
        return new DossierReport(r.code(), r.unitId(), r.procedureId(), r.officerId(), r.counterId(), r.channel(),
                r.phone(), r.receivedAt(), appointment, r.finishedAt(), r.returnedAt());
    }

    static DossierReport bare(DossierReport r) {
        return new DossierReport(r.code(), r.unitId(), r.procedureId(), null, null, null, null, r.receivedAt(),
                r.appointmentAt(), r.finishedAt(), r.returnedAt());
    }

    static Dossier stored(DossierReport r) {
        return DossierMerge.create(1, r);
    }

    static Dossier rescheduled(Dossier d, Instant newAppointment) {
        return new Dossier(d.id(), d.code(), d.unitId(), d.procedureId(), d.officerId(), d.counterId(), d.channel(),
                d.phone(), d.receivedAt(), newAppointment, d.appointmentAt(), d.finishedAt(), d.returnedAt());
    }

    @Test
    void a_first_report_creates_the_dossier_as_reported() {
        Dossier d = DossierMerge.create(7, returned());
        assertThat(d.id()).isEqualTo(7);
        assertThat(d.channel()).isEqualTo("TRUC_TIEP");
        assertThat(d.phone()).isEqualTo(PHONE);
        assertThat(d.finishedAt()).isEqualTo(FINISHED);
        assertThat(d.returnedAt()).isEqualTo(RETURNED);
        assertThat(d.originalAppointmentAt()).isNull();
    }

    @Test
    void the_same_report_again_changes_nothing() {
        DossierMerge.Outcome o = DossierMerge.merge(stored(returned()), returned());
        assertThat(o.changed()).isFalse();
        assertThat(o.returnedNow()).isFalse();
        assertThat(o.dossier()).isEqualTo(stored(returned()));
    }

    @Test
    void a_report_further_on_fills_the_new_times_and_says_when_it_returned_the_dossier() {
        DossierMerge.Outcome finished = DossierMerge.merge(stored(received()), finished());
        assertThat(finished.changed()).isTrue();
        assertThat(finished.returnedNow()).isFalse();
        assertThat(finished.dossier().finishedAt()).isEqualTo(FINISHED);

        DossierMerge.Outcome returned = DossierMerge.merge(finished.dossier(), returned());
        assertThat(returned.returnedNow()).isTrue();
        assertThat(returned.dossier().returnedAt()).isEqualTo(RETURNED);
    }

    @Test
    void an_older_report_arriving_late_neither_clears_nor_moves_a_stored_time() {
        Dossier returned = stored(returned());
        DossierMerge.Outcome o = DossierMerge.merge(returned, received());
        assertThat(o.changed()).isFalse();
        assertThat(o.dossier().finishedAt()).isEqualTo(FINISHED);
        assertThat(o.dossier().returnedAt()).isEqualTo(RETURNED);
        assertThat(DossierMerge.merge(returned, finished()).dossier()).isEqualTo(returned);
    }

    @Test
    void a_stored_time_is_never_moved_even_by_a_report_of_the_same_stage() {
        DossierReport later = with(returned(), FINISHED.plusSeconds(3600), RETURNED.plusSeconds(3600));
        DossierReport movedReceipt = new DossierReport("HS-1", 10, 20, 30L, 40L, DossierChannel.TRUC_TIEP, PHONE,
                RECEIVED.minusSeconds(60), APPOINTMENT, FINISHED, RETURNED);
        Dossier stored = stored(returned());
        assertThat(DossierMerge.merge(stored, later).changed()).isFalse();
        assertThat(DossierMerge.merge(stored, movedReceipt).dossier().receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void a_stale_report_does_not_change_the_unit_procedure_appointment_or_people_but_fills_what_is_missing() {
        Dossier stored = stored(bare(returned()));
        DossierReport stale = new DossierReport("HS-1", 11, 21, 31L, 41L, DossierChannel.TRUC_TUYEN, OTHER_PHONE,
                RECEIVED, APPOINTMENT.minusSeconds(86_400), null, null);
        Dossier merged = DossierMerge.merge(stored, stale).dossier();
        assertThat(merged.unitId()).isEqualTo(10);
        assertThat(merged.procedureId()).isEqualTo(20);
        assertThat(merged.appointmentAt()).isEqualTo(APPOINTMENT);
        // the gaps the stored dossier had are filled from what the old report knew
        assertThat(merged.officerId()).isEqualTo(31L);
        assertThat(merged.counterId()).isEqualTo(41L);
        assertThat(merged.channel()).isEqualTo("TRUC_TUYEN");
        assertThat(merged.phone()).isEqualTo(OTHER_PHONE);

        Dossier full = stored(returned());
        assertThat(DossierMerge.merge(full, stale).dossier()).isEqualTo(full);
    }

    @Test
    void a_current_report_replaces_unit_procedure_appointment_and_the_optional_fields_it_gives() {
        Dossier stored = stored(received());
        DossierReport moved = new DossierReport("HS-1", 11, 21, 31L, 41L, DossierChannel.BUU_CHINH, OTHER_PHONE,
                RECEIVED, APPOINTMENT.plusSeconds(3600), null, null);
        Dossier merged = DossierMerge.merge(stored, moved).dossier();
        assertThat(merged.unitId()).isEqualTo(11);
        assertThat(merged.procedureId()).isEqualTo(21);
        assertThat(merged.officerId()).isEqualTo(31L);
        assertThat(merged.counterId()).isEqualTo(41L);
        assertThat(merged.channel()).isEqualTo("BUU_CHINH");
        assertThat(merged.phone()).isEqualTo(OTHER_PHONE);
        assertThat(merged.appointmentAt()).isEqualTo(APPOINTMENT.plusSeconds(3600));
        // before any re-schedule the one-stop software may also bring the appointment forward
        assertThat(DossierMerge.merge(stored, appointment(received(), APPOINTMENT.minusSeconds(3600))).dossier()
                .appointmentAt()).isEqualTo(APPOINTMENT.minusSeconds(3600));
    }

    @Test
    void a_report_moving_the_dossier_to_another_unit_does_not_keep_the_old_units_officer_and_counter() {
        DossierReport moved = new DossierReport("HS-1", 11, 20, null, null, null, null, RECEIVED, APPOINTMENT, null,
                null);
        Dossier merged = DossierMerge.merge(stored(received()), moved).dossier();
        assertThat(merged.unitId()).isEqualTo(11);
        assertThat(merged.officerId()).isNull();
        assertThat(merged.counterId()).isNull();
        assertThat(merged.phone()).isEqualTo(PHONE);
        assertThat(merged.channel()).isEqualTo("TRUC_TIEP");
    }

    @Test
    void a_partial_report_clears_no_optional_field() {
        Dossier stored = stored(received());
        DossierMerge.Outcome o = DossierMerge.merge(stored, bare(received()));
        assertThat(o.changed()).isFalse();
        assertThat(o.dossier().phone()).isEqualTo(PHONE);
        assertThat(o.dossier().officerId()).isEqualTo(30L);
        assertThat(o.dossier().counterId()).isEqualTo(40L);
        assertThat(o.dossier().channel()).isEqualTo("TRUC_TIEP");
    }

    @Test
    void after_a_re_schedule_the_feed_moves_the_appointment_only_later() {
        Instant newDate = APPOINTMENT.plusSeconds(3 * 86_400);
        Dossier apologised = rescheduled(stored(received()), newDate);
        // the one-stop software still reports the first promise: the apology's new date stands
        DossierMerge.Outcome old = DossierMerge.merge(apologised, received());
        assertThat(old.changed()).isFalse();
        assertThat(old.dossier().appointmentAt()).isEqualTo(newDate);
        assertThat(old.dossier().originalAppointmentAt()).isEqualTo(APPOINTMENT);
        // a later date is taken, and the first promise is kept
        Dossier later = DossierMerge.merge(apologised, appointment(received(), newDate.plusSeconds(86_400))).dossier();
        assertThat(later.appointmentAt()).isEqualTo(newDate.plusSeconds(86_400));
        assertThat(later.originalAppointmentAt()).isEqualTo(APPOINTMENT);
    }

    @Test
    void a_dossier_returned_in_the_first_report_is_returned_by_it_and_never_again() {
        assertThat(stored(returned()).returned()).isTrue();
        DossierMerge.Outcome again = DossierMerge.merge(stored(returned()), with(returned(), null, RETURNED));
        assertThat(again.returnedNow()).isFalse();
        assertThat(again.changed()).isFalse();
    }

    @Test
    void the_state_and_lateness_count_from_the_first_promise() {
        Dossier open = stored(received());
        assertThat(DossierState.of(open, APPOINTMENT)).isEqualTo(DossierState.IN_PROGRESS);
        assertThat(DossierState.of(open, APPOINTMENT.plusSeconds(1))).isEqualTo(DossierState.OVERDUE);
        assertThat(DossierState.late(open, APPOINTMENT.plusSeconds(1))).isTrue();
        assertThat(DossierState.of(stored(finished()), APPOINTMENT.plusSeconds(1))).isEqualTo(DossierState.FINISHED);
        assertThat(DossierState.late(stored(finished()), APPOINTMENT.plusSeconds(1))).isFalse();
        assertThat(DossierState.of(stored(returned()), RETURNED)).isEqualTo(DossierState.RETURNED);
        // re-scheduled and finished before the new date, after the first: late all the same
        Dossier apologised = rescheduled(stored(received()), APPOINTMENT.plusSeconds(3 * 86_400));
        Dossier finishedAfterFirstPromise = DossierMerge.merge(apologised,
                with(appointment(received(), APPOINTMENT.plusSeconds(3 * 86_400)), APPOINTMENT.plusSeconds(86_400),
                        null)).dossier();
        assertThat(DossierState.of(finishedAfterFirstPromise, APPOINTMENT.plusSeconds(86_400)))
                .isEqualTo(DossierState.FINISHED);
        assertThat(DossierState.late(finishedAfterFirstPromise, APPOINTMENT.plusSeconds(86_400))).isTrue();
    }
}
