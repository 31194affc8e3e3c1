package vn.hailong.feedback;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.shared.errors.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules of instruments' effective dates: from the first start on, exactly one instrument is in effect on any
 * date (no gap, no overlap, the last one open-ended). An instrument without a start is not in use. When saving, an
 * open end followed by a later start is closed the day before it, so that switching needs one date only.
 */
public final class EffectivePeriods {

    /** One instrument's dates; {@code from} null: not in use (then {@code to} is null too). */
    public record Period(String code, @Nullable LocalDate from, @Nullable LocalDate to) {

        public boolean covers(LocalDate date) {
            return from != null && !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private EffectivePeriods() {
    }

    /** The instrument in effect on a date, if any (none before the first start). */
    public static Optional<Period> inEffectOn(List<Period> periods, LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst();
    }

    /**
     * The periods as they will be saved: open ends closed before the next start, then checked. Problems name the
     * field {@code from-<code>} or {@code to-<code>} of the instrument at fault, or the whole form.
     */
    public static List<Period> settle(List<Period> periods) {
        return settle(periods, null);
    }

    /**
     * The same, keeping every day from {@code coveredFrom} on covered (the first start of the dates saved before:
     * a day that had an instrument keeps one, so that old ratings and paper forms still have theirs).
     */
    public static List<Period> settle(List<Period> periods, @Nullable LocalDate coveredFrom) {
        RuleViolation.Builder problems = RuleViolation.builder();
        for (Period p : periods) {
            if (p.from() == null && p.to() != null) {
                problems.invalid("from-" + p.code(), "instruments.error.endWithoutStart");
            } else if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
                problems.invalid("to-" + p.code(), "instruments.error.endBeforeStart");
            }
        }
        problems.throwIfAny();

        List<Period> scheduled = periods.stream().filter(p -> p.from() != null)
                .sorted(Comparator.comparing(Period::from)).toList();
        if (scheduled.isEmpty()) {
            throw RuleViolation.invalid("form", "instruments.error.noneInEffect");
        }
        Period first = scheduled.get(0);
        if (coveredFrom != null && first.from().isAfter(coveredFrom)) {
            throw RuleViolation.invalid("from-" + first.code(), "instruments.error.uncovered",
                    coveredFrom.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        List<Period> settled = new ArrayList<>();
        for (int i = 0; i < scheduled.size(); i++) {
            Period p = scheduled.get(i);
            Period next = i + 1 < scheduled.size() ? scheduled.get(i + 1) : null;
            if (next == null) {
                if (p.to() != null) {
                    throw RuleViolation.invalid("to-" + p.code(), "instruments.error.lastEnds", p.code());
                }
                settled.add(p);
                continue;
            }
            if (!next.from().isAfter(p.from())) {
                throw RuleViolation.invalid("from-" + next.code(), "instruments.error.sameStart", p.code());
            }
            LocalDate end = p.to() == null ? next.from().minusDays(1) : p.to();
            if (!end.isBefore(next.from())) {
                throw RuleViolation.invalid("to-" + p.code(), "instruments.error.overlap", next.code());
            }
            if (end.isBefore(next.from().minusDays(1))) {
                throw RuleViolation.invalid("to-" + p.code(), "instruments.error.gap", next.code());
            }
            settled.add(new Period(p.code(), p.from(), end));
        }
        periods.stream().filter(p -> p.from() == null).forEach(settled::add);
        return List.copyOf(settled);
    }
}
