package vn.hailong.metrics.dashboard;

import vn.hailong.metrics.Interval;

/**
 * A figure against its target, in words as well as colour: MET (green) at or above the target; NEAR (amber) below
 * it but within the figure's 95% interval, i.e. not clearly below (for an index without interval: within
 * {@link #NEAR_POINTS} points); BELOW (red) clearly below; NONE when there is no target or not enough data to judge.
 */
public enum TargetStatus {
    MET, NEAR, BELOW, NONE;

    static final double NEAR_POINTS = 5;

    public static TargetStatus judge(Double value, Interval ci95, boolean enough, Double target) {
        if (value == null || !enough || target == null) {
            return NONE;
        }
        if (value >= target) {
            return MET;
        }
        boolean near = ci95 != null ? ci95.high() >= target : value >= target - NEAR_POINTS;
        return near ? NEAR : BELOW;
    }

    /** The worse of two (NONE counts as nothing known). */
    TargetStatus worse(TargetStatus other) {
        if (this == NONE) {
            return other;
        }
        if (other == NONE) {
            return this;
        }
        return ordinal() >= other.ordinal() ? this : other;
    }
}
