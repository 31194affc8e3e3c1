package vn.hailong.demo;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * How much history a demo contributor loads (ratings, complaints): {@code days} calendar days, {@code scale} times
 * the normal volume (0 loads none), and whether after the server is up ({@code background}, default true). Tests
 * shrink all three. Each kind of history binds its own prefix in a subclass.
 */
abstract class HistoryDemoSettings {

    private int days = 365;
    private double scale = 1.0;
    private boolean background = true;

    /** The configuration prefix, for the message that says why nothing was loaded. */
    abstract String prefix();

    /**
     * Why this history is not to be loaded now, or empty to load it: only for the demo province, only with days and
     * a scale, only once (the history already loaded says so).
     */
    Optional<String> reasonToSkip(DemoContext context, BooleanSupplier alreadyLoaded) {
        if (!DirectoryDemoData.PROVINCE_CODE.equals(context.province().code())) {
            return Optional.of("skipped (province is not 46)");
        }
        if (days <= 0 || scale <= 0) {
            return Optional.of("none (" + prefix() + ".days or scale is 0)");
        }
        if (alreadyLoaded.getAsBoolean()) {
            return Optional.of("already loaded, nothing added");
        }
        return Optional.empty();
    }

    public boolean isBackground() { return background; }
    public void setBackground(boolean background) { this.background = background; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    public double getScale() { return scale; }
    public void setScale(double scale) { this.scale = scale; }
}
