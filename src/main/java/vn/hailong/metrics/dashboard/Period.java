package vn.hailong.metrics.dashboard;

import vn.hailong.shared.errors.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The dashboard's period: a preset counted from today (this month, this quarter, the first 6 or 9 months of this
 * year, this year; each to today at the latest: the seed plans report 6 and 9 months from 1 January) or custom
 * inclusive dates. Local dates (Asia/Ho_Chi_Minh).
 */
public record Period(Preset preset, LocalDate from, LocalDate to) {

    public enum Preset {
        MONTH("month"), QUARTER("quarter"), HALF("6m"), NINE("9m"), YEAR("year"), CUSTOM("custom");

        private final String param;

        Preset(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        static Preset parse(String value) {
            for (Preset p : values()) {
                if (p.param.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            throw RuleViolation.invalid("period", "dashboard.error.period");
        }
    }

    /** The default: this year to today. */
    public static final Preset DEFAULT = Preset.YEAR;

    /**
     * @param period a preset's parameter, or null: custom when a date is given, else {@link #DEFAULT}
     * @param from   YYYY-MM-DD (custom only)
     * @param to     YYYY-MM-DD (custom only)
     */
    public static Period of(String period, String from, String to, LocalDate today) {
        boolean datesGiven = !blank(from) || !blank(to);
        Preset preset = blank(period) ? (datesGiven ? Preset.CUSTOM : DEFAULT) : Preset.parse(period);
        if (preset == Preset.CUSTOM) {
            LocalDate f = date("from", from);
            LocalDate t = date("to", to);
            if (f.isAfter(t)) {
                throw RuleViolation.invalid("from", "dashboard.error.order");
            }
            return new Period(preset, f, t);
        }
        return preset(preset, today);
    }

    public static Period preset(Preset preset, LocalDate today) {
        LocalDate jan1 = today.withDayOfYear(1);
        return switch (preset) {
            case MONTH -> new Period(preset, today.withDayOfMonth(1), today);
            case QUARTER -> new Period(preset, today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                    .withDayOfMonth(1), today);
            case HALF -> new Period(preset, jan1, min(today, jan1.withMonth(6).withDayOfMonth(30)));
            case NINE -> new Period(preset, jan1, min(today, jan1.withMonth(9).withDayOfMonth(30)));
            case YEAR, CUSTOM -> new Period(Preset.YEAR, jan1, today);
        };
    }

    /** The twelve months up to the period's end, for the trend (a one-month period still shows a trend). */
    public LocalDate trendFrom() {
        LocalDate twelveMonths = to.withDayOfMonth(1).minusMonths(11);
        LocalDate periodStart = from.withDayOfMonth(1);
        return periodStart.isBefore(twelveMonths) ? periodStart : twelveMonths;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate date(String field, String value) {
        if (blank(value)) {
            throw RuleViolation.invalid(field, "dashboard.error.date");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, "dashboard.error.date");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
