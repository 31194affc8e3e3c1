package vn.hailong.metrics.alerts;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.errors.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * An inclusive range of local dates for figures: a preset counted from today (the one the URL names with its
 * {@code ky} value) or a custom range. Presets end today at the latest, so "this year" is the year so far.
 */
public record Period(String key, LocalDate from, LocalDate to) {

    /** Periods that a visitor or a manager picks by name; the value is the URL's. */
    public enum Preset {
        THIS_YEAR("nam-nay"), THIS_QUARTER("quy-nay"), LAST_QUARTER("quy-truoc"), THIS_MONTH("thang-nay"),
        LAST_MONTH("thang-truoc"), LAST_YEAR("nam-truoc");

        private final String value;

        Preset(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static Optional<Preset> parse(@Nullable String value) {
            return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst();
        }

        public Period on(LocalDate today) {
            LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
            return switch (this) {
                case THIS_YEAR -> new Period(value, today.withDayOfYear(1), today);
                case THIS_QUARTER -> new Period(value, quarter, today);
                case LAST_QUARTER -> new Period(value, quarter.minusMonths(3), quarter.minusDays(1));
                case THIS_MONTH -> new Period(value, today.withDayOfMonth(1), today);
                case LAST_MONTH -> new Period(value, today.withDayOfMonth(1).minusMonths(1),
                        today.withDayOfMonth(1).minusDays(1));
                case LAST_YEAR -> new Period(value, today.withDayOfYear(1).minusYears(1),
                        today.withDayOfYear(1).minusDays(1));
            };
        }
    }

    /** The key of a custom range. */
    public static final String CUSTOM = "tuy-chon";

    /**
     * The period a request names: a preset by {@code key}, else a custom range when both dates are given (ISO
     * yyyy-mm-dd), else {@code fallback}.
     *
     * @throws RuleViolation for a custom range that is not two dates in order
     */
    public static Period named(@Nullable String key, @Nullable String from, @Nullable String to, LocalDate today,
                               Preset fallback) {
        Optional<Preset> preset = Preset.parse(key);
        if (preset.isPresent()) {
            return preset.get().on(today);
        }
        boolean custom = CUSTOM.equals(key) || (notBlank(from) && notBlank(to));
        if (!custom) {
            return fallback.on(today);
        }
        LocalDate f = date("tu", from);
        LocalDate t = date("den", to);
        if (f.isAfter(t)) {
            throw RuleViolation.invalid("tu", "targets.error.period.order");
        }
        if (t.minusYears(5).isAfter(f)) {
            throw RuleViolation.invalid("tu", "targets.error.period.tooLong");
        }
        return new Period(CUSTOM, f, t);
    }

    /** The year whose targets a period is judged against: the year it ends in. */
    public int targetYear() {
        return to.getYear();
    }

    private static LocalDate date(String field, @Nullable String s) {
        if (!notBlank(s)) {
            throw RuleViolation.invalid(field, "targets.error.period.date");
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(field, "targets.error.period.date");
        }
    }

    private static boolean notBlank(@Nullable String s) {
        return s != null && !s.isBlank();
    }
}
