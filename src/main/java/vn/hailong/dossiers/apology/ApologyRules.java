package vn.hailong.dossiers.apology;

import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.dossiers.Dossier;
import vn.hailong.shared.errors.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * When a late dossier's apology (phiếu xin lỗi và hẹn lại ngày trả kết quả, Decree 118/2025 Art. 19(6)) is due, which
 * dossiers are at risk, and what an apology must say. Pure: the working calendar, the close of office hours and
 * "now" are given.
 * <ul>
 *   <li><b>Due moment</b>: the close of office hours (17:00) of the {@code lead}-th working day before the day of the
 *       appointment ({@code lead} = 1: the last working day before it; an appointment on Monday is apologised for by
 *       Friday 17:00, or Thursday 17:00 when Friday is a holiday). {@code lead} = 0: the appointment itself.</li>
 *   <li><b>At risk</b>: not finished (no finished or returned time) and the appointment falls on or before the
 *       {@code horizon}-th working day after today, or has passed (overdue).</li>
 *   <li><b>An apology</b>: a reason, a signer (name, title), the issuing unit, and a new return date that is a working
 *       day after the day of the current appointment and not before today; the new appointment is that day's close of
 *       office hours. Only one re-schedule per dossier; one issued after the due moment is kept but marked late.</li>
 * </ul>
 */
public final class ApologyRules {

    /** Dates as the letter and the messages show them. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int MAX_REASON = 2000;
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 300;

    /** Where a dossier stands: overdue (its appointment passed), the apology overdue, or the apology due soon. */
    public enum Urgency { OVERDUE, APOLOGY_OVERDUE, APOLOGY_DUE }

    private final int lead;
    private final int horizon;
    private final LocalTime closing;
    private final ZoneId zone;

    public ApologyRules(int leadWorkingDays, int horizonWorkingDays, LocalTime closing, ZoneId zone) {
        if (leadWorkingDays < 0 || horizonWorkingDays < 0) {
            throw new IllegalArgumentException("Working days must not be negative: lead " + leadWorkingDays
                    + ", horizon " + horizonWorkingDays);
        }
        this.lead = leadWorkingDays;
        this.horizon = horizonWorkingDays;
        this.closing = closing;
        this.zone = zone;
    }

    public int leadWorkingDays() {
        return lead;
    }

    /** How many calendar days around a date a calendar must cover for these rules (n working days, Tết, margin). */
    public int calendarMarginDays() {
        return Math.max(lead, horizon) * 3 + 60;
    }

    /** The moment the apology for an appointment is due (see the class comment). */
    public Instant dueBy(Instant appointment, WorkingCalendar calendar) {
        if (lead == 0) {
            return appointment;
        }
        LocalDate day = appointment.atZone(zone).toLocalDate();
        for (int counted = 0, guard = 0; counted < lead; guard++) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
            if (guard > 3660) {
                throw new IllegalStateException("No working day before " + appointment);
            }
        }
        return day.atTime(closing).atZone(zone).toInstant();
    }

    /** The last day whose appointments are shown as at risk today. */
    public LocalDate horizonEnd(LocalDate today, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(today, horizon);
    }

    public boolean atRisk(Dossier d, Instant now, WorkingCalendar calendar) {
        if (finished(d)) {
            return false;
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        return !d.appointmentAt().atZone(zone).toLocalDate().isAfter(horizonEnd(today, calendar));
    }

    public Urgency urgency(Dossier d, Instant now, WorkingCalendar calendar) {
        if (now.isAfter(d.appointmentAt())) {
            return Urgency.OVERDUE;
        }
        return now.isAfter(dueBy(d.appointmentAt(), calendar)) ? Urgency.APOLOGY_OVERDUE : Urgency.APOLOGY_DUE;
    }

    public static boolean finished(Dossier d) {
        return d.finishedAt() != null || d.returnedAt() != null;
    }

    /**
     * Checks an apology for a dossier and gives what to record; refuses (one problem per field) a missing or too
     * long text, a new date that is not a working day after the current appointment, a finished dossier, and a second
     * re-schedule.
     *
     * @param apologised whether an apology was issued for this dossier before
     */
    public Decision decide(Dossier d, boolean apologised, ApologyRequest request, Instant now,
                           WorkingCalendar calendar) {
        if (apologised || d.rescheduled()) {
            throw RuleViolation.conflict(null, "apology.error.already", d.code());
        }
        if (finished(d)) {
            throw RuleViolation.conflict(null, "apology.error.finished", d.code());
        }
        RuleViolation.Builder problems = RuleViolation.builder();
        String reason = text(problems, "reason", request.reason(), MAX_REASON);
        String signerName = text(problems, "signerName", request.signerName(), MAX_NAME);
        String signerTitle = text(problems, "signerTitle", request.signerTitle(), MAX_NAME);
        String issuingUnit = text(problems, "issuingUnit", request.issuingUnit(), MAX_UNIT);
        LocalDate newDate = newDate(problems, request.newDate(), d, now, calendar);
        problems.throwIfAny();
        Instant due = dueBy(d.appointmentAt(), calendar);
        return new Decision(reason, signerName, signerTitle, issuingUnit,
                newDate.atTime(closing).atZone(zone).toInstant(), due, now.isAfter(due));
    }

    private LocalDate newDate(RuleViolation.Builder problems, String text, Dossier d, Instant now,
                              WorkingCalendar calendar) {
        if (text == null || text.isBlank()) {
            problems.invalid("newDate", "apology.error.newDate.required");
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.invalid("newDate", "apology.error.newDate.format");
            return null;
        }
        LocalDate appointment = d.appointmentAt().atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (!day.isAfter(appointment)) {
            problems.invalid("newDate", "apology.error.newDate.notAfter", DAY.format(appointment));
        } else if (day.isBefore(today)) {
            problems.invalid("newDate", "apology.error.newDate.past", DAY.format(today));
        } else if (!calendar.isWorkingDay(day)) {
            problems.invalid("newDate", "apology.error.newDate.notWorkingDay", DAY.format(day));
        }
        return day;
    }

    private static String text(RuleViolation.Builder problems, String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.invalid(field, "apology.error." + field + ".required");
        } else if (v.length() > max) {
            problems.invalid(field, "apology.error.tooLong", max);
        }
        return v;
    }

    /** What an accepted apology records: the texts stripped, the new appointment, the due moment and lateness. */
    public record Decision(String reason, String signerName, String signerTitle, String issuingUnit,
                           Instant newAppointmentAt, Instant dueAt, boolean late) {
    }
}
