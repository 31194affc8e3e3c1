package vn.hailong.metrics.alerts;

import java.util.Comparator;
import java.util.List;

/**
 * When a cell is below its target: it has at least the minimum sample and the whole 95% interval lies below the
 * target (its upper end is under it). A point estimate below the target is not enough: with n = 40 a unit whose
 * true share is 90% shows 85% or less about one time in five by chance alone, and an alert list that names people and
 * units on noise is not honest. The worst first: the largest gap between the target and the interval's upper end
 * (the shortfall the data are sure of), then the lower share, then the larger n.
 */
public final class AlertRule {

    public static final Comparator<Alert> WORST_FIRST = Comparator.comparingDouble(Alert::gap).reversed()
            .thenComparingDouble(Alert::pct)
            .thenComparing(Comparator.comparingLong(Alert::n).reversed())
            .thenComparing(Alert::dimension)
            .thenComparing(Alert::key);

    private AlertRule() {
    }

    public static boolean below(long n, int minimumSample, double intervalHigh, double target) {
        return n > 0 && n >= minimumSample && intervalHigh < target;
    }

    public static double gap(double target, double intervalHigh) {
        return Math.round((target - intervalHigh) * 10.0) / 10.0;
    }

    public static List<Alert> worstFirst(List<Alert> alerts) {
        return alerts.stream().sorted(WORST_FIRST).toList();
    }
}
