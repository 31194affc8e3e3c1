package vn.hailong.metrics;

import java.util.List;
import java.util.Objects;

/**
 * QĐ 766/QĐ-TTg, group 5 "Mức độ hài lòng" (18 points; domain.md §3, "Implications" C.14), pure: each indicator's
 * rate earns {@code min(1, rate / threshold) × max} points. An indicator without data has no rate and no points
 * ("chưa có dữ liệu", never 0), and then the group has no total either.
 */
public final class Qd766 {

    public static final String PAKN_ON_TIME = "PAKN_ON_TIME";
    public static final String PAKN_SATISFACTION = "PAKN_SATISFACTION";
    public static final String DOSSIER_SATISFACTION = "DOSSIER_SATISFACTION";

    public record Indicator(String code, Double ratePct, double thresholdPct, double maxPoints, Double points) {
        public boolean hasData() {
            return ratePct != null;
        }
    }

    public record Group(List<Indicator> indicators, Double points, double maxPoints) {
        public boolean complete() {
            return points != null;
        }
    }

    private Qd766() {
    }

    public static Indicator indicator(String code, Double ratePct, double thresholdPct, double maxPoints) {
        if (thresholdPct <= 0 || thresholdPct > 100) {
            throw new IllegalArgumentException("a threshold is a percentage above 0: " + thresholdPct);
        }
        Double points = ratePct == null ? null : round2(Math.min(1.0, ratePct / thresholdPct) * maxPoints);
        return new Indicator(code, ratePct, thresholdPct, maxPoints, points);
    }

    public static Group group(List<Indicator> indicators) {
        double max = indicators.stream().mapToDouble(Indicator::maxPoints).sum();
        boolean all = indicators.stream().map(Indicator::points).allMatch(Objects::nonNull);
        Double points = all ? round2(indicators.stream().mapToDouble(Indicator::points).sum()) : null;
        return new Group(List.copyOf(indicators), points, max);
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
