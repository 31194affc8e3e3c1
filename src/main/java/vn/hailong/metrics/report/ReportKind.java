package vn.hailong.metrics.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The periodic reports (báo cáo định kỳ) that the seed plans ask for: each quarter, the first 6 and 9 months, and
 * the year. A report is compared with the period of the same length just before it (Q1 with last year's Q4, the
 * 6 months with last year's second half, the year with last year).
 */
public enum ReportKind {
    Q1(1, 3), Q2(4, 3), Q3(7, 3), Q4(10, 3), H1(1, 6), M9(1, 9), YEAR(1, 12);

    /**
     * When a report is due, and which seed document says so (/work/shared/seeds): the Đức Phổ plan (003) asks for
     * the 6-month report before 10/6 and the year report before 10/11; the Ba Đình plan (004) for quarterly reports
     * in the middle of each quarter's last month and the year report before 25/11.
     */
    public record Deadline(MonthDay due, String sourceKey) {
    }

    private final int firstMonth;
    private final int months;

    ReportKind(int firstMonth, int months) {
        this.firstMonth = firstMonth;
        this.months = months;
    }

    public LocalDate from(int year) {
        return LocalDate.of(year, firstMonth, 1);
    }

    public LocalDate to(int year) {
        return from(year).plusMonths(months).minusDays(1);
    }

    public LocalDate previousFrom(int year) {
        return from(year).minusMonths(months);
    }

    public LocalDate previousTo(int year) {
        return from(year).minusDays(1);
    }

    public List<Deadline> deadlines() {
        return switch (this) {
            case H1 -> List.of(new Deadline(MonthDay.of(6, 10), "reports.source.ducPho"));
            case YEAR -> List.of(new Deadline(MonthDay.of(11, 10), "reports.source.ducPho"),
                    new Deadline(MonthDay.of(11, 25), "reports.source.baDinh"));
            case M9 -> List.of();
            default -> List.of(new Deadline(MonthDay.of(firstMonth + 2, 15), "reports.source.baDinhQuarter"));
        };
    }

    public static Optional<ReportKind> parse(String value) {
        for (ReportKind k : values()) {
            if (value != null && k.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
