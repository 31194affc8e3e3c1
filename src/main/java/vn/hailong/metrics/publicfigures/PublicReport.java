package vn.hailong.metrics.publicfigures;

import io.micronaut.core.annotation.Introspected;
import vn.hailong.metrics.alerts.Period;

import java.util.List;

/** The figures of {@code /cong-khai} for one period: the province's total, then one row per unit. */
@Introspected
public record PublicReport(Period period, String provinceName, Row total, List<Row> rows, int minimumSample) {

    /**
     * One unit: the satisfied share, and the complaints first received in the period ({@code received}), those
     * resolved and the share of them resolved on time.
     */
    @Introspected
    public record Row(String code, String name, String type, PublicShare satisfied, long received, long resolved,
                      PublicShare onTime) {
    }
}
