package vn.hailong.metrics.publicfigures;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * A share as the public page shows it: NO_DATA ("chưa có dữ liệu", n = 0), TOO_FEW ("chưa đủ mẫu": the share and its
 * interval withheld, only n told) or SHOWN (the share, n and the 95% interval).
 */
@Introspected
public record PublicShare(String state, long n, @Nullable Double pct, @Nullable Double low, @Nullable Double high) {

    public static final String NO_DATA = "NO_DATA";
    public static final String TOO_FEW = "TOO_FEW";
    public static final String SHOWN = "SHOWN";

    public static PublicShare of(long n, @Nullable Double pct, @Nullable Double low, @Nullable Double high,
                                 boolean enough) {
        if (n == 0 || pct == null) {
            return new PublicShare(NO_DATA, 0, null, null, null);
        }
        if (!enough) {
            return new PublicShare(TOO_FEW, n, null, null, null);
        }
        return new PublicShare(SHOWN, n, pct, low, high);
    }

    public boolean shown() {
        return SHOWN.equals(state);
    }
}
