package vn.hailong.complaints;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * PLACEHOLDER until the calendar engine lands: the due moment of a new complaint is 17:00 local time of the 15th
 * working day after the day it was received (day 0), counting Monday to Friday only. Holidays and make-up working
 * days (calendar_days) and per-kind deadline policies are NOT applied here; the calendar issue replaces this class.
 */
final class PlaceholderDeadline {

    static final int WORKING_DAYS = 15;
    private static final LocalTime CLOSE = LocalTime.of(17, 0);

    private PlaceholderDeadline() {
    }

    static Instant dueAt(Instant received, ZoneId zone) {
        LocalDate day = received.atZone(zone).toLocalDate();
        int counted = 0;
        while (counted < WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.atTime(CLOSE).atZone(zone).toInstant();
    }
}
