package vn.hailong.complaints.deadlines;

import vn.hailong.calendar.DeadlineUnit;

import java.util.Locale;

/** An amount and how it is counted, e.g. {@code 15 WORKING_DAYS}; written that way in configuration. */
public record DeadlineRule(int amount, DeadlineUnit unit) {

    public DeadlineRule {
        if (amount < 0 || amount > 3650) {
            throw new IllegalArgumentException("A deadline amount is 0..3650, not " + amount);
        }
    }

    /** Parses "15 WORKING_DAYS", "8 working_hours", "30 CALENDAR_DAYS". */
    public static DeadlineRule parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A deadline looks like '15 WORKING_DAYS', not '" + text + "'");
        }
        try {
            return new DeadlineRule(Integer.parseInt(parts[0]), DeadlineUnit.valueOf(parts[1].toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A deadline looks like '15 WORKING_DAYS' (units: WORKING_DAYS, "
                    + "WORKING_HOURS, CALENDAR_DAYS), not '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
