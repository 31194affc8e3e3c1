package vn.hailong.metrics.dashboard.web;

import io.micronaut.core.annotation.Introspected;
import vn.hailong.metrics.dashboard.Period;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * The dashboard's links, all with the same parameters: {@code unit}, {@code from}, {@code to} (inclusive local
 * dates) and, for the dashboard itself, {@code period}. Exports and periodic reports are other pages
 * ({@code /bao-cao/xuat/{table}.{csv|xlsx}}, {@code /bao-cao/dinh-ky}, the alert list {@code /bao-cao/canh-bao}).
 */
@Introspected
public record Links(String unitCode, Period period) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The dashboard for another unit (drill-down, breadcrumb) over the same period. */
    public String unit(String code) {
        String query = "?unit=" + enc(code) + "&period=" + period.preset().param();
        return DashboardController.BASE + (period.preset() == Period.Preset.CUSTOM
                ? query + "&from=" + period.from() + "&to=" + period.to() : query);
    }

    public String export(String table, String format) {
        return DashboardController.BASE + "/xuat/" + table + "." + format + range();
    }

    public String reports() {
        return DashboardController.BASE + "/dinh-ky" + range();
    }

    public String alerts() {
        return DashboardController.BASE + "/canh-bao" + range();
    }

    public String overdue() {
        return "/xu-ly/qua-han?donVi=" + enc(unitCode);
    }

    public String fromText() {
        return SHOWN.format(period.from());
    }

    public String toText() {
        return SHOWN.format(period.to());
    }

    private String range() {
        return "?unit=" + enc(unitCode) + "&from=" + period.from() + "&to=" + period.to();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
