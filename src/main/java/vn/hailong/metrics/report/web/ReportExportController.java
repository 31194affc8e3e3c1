package vn.hailong.metrics.report.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.report.FigureTable;
import vn.hailong.metrics.report.FigureTables;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.TableExport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /bao-cao/xuat/<table>.csv|xlsx?unit=&from=&to=}: a table of the figures as a download, one row per group
 * (the dashboard links here). Managers and admins, within their subtree (another unit is "not found").
 */
@Controller("/bao-cao/xuat")
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportExportController {

    private final FigureTables tables;
    private final ReportParameters parameters;
    private final RuleViolationMessages messages;

    ReportExportController(FigureTables tables, ReportParameters parameters, RuleViolationMessages messages) {
        this.tables = tables;
        this.parameters = parameters;
        this.messages = messages;
    }

    @Get("/{file}")
    HttpResponse<byte[]> download(HttpRequest<?> request, Authentication authentication, @PathVariable String file,
                                  @Nullable @QueryValue String unit, @Nullable @QueryValue String from,
                                  @Nullable @QueryValue String to) {
        int dot = file.lastIndexOf('.');
        String format = dot < 0 ? "" : file.substring(dot + 1);
        FigureTable table = FigureTable.parse(dot < 0 ? file : file.substring(0, dot))
                .filter(t -> format.equals("csv") || format.equals("xlsx"))
                .orElseThrow(() -> RuleViolation.notFound("reports.error.table", file));
        Actor actor = Actor.of(authentication);
        Locale locale = messages.page(request);
        ReportParameters.Range range = parameters.range(actor, unit, from, to);
        List<FigureTables.Row> rows = tables.rows(actor, table, range.unitCode(), range.from(), range.to(),
                "en".equals(locale.getLanguage()));
        List<String> header = header(table, locale);
        List<List<Object>> body = rows.stream().map(r -> row(table, r, locale)).toList();
        String name = "hai-long-" + table.slug() + "-" + range.unitCode() + "-" + range.from() + "-" + range.to();
        byte[] bytes = format.equals("csv") ? TableExport.csv(header, body)
                : TableExport.xlsx(messages.text(locale, "reports.table." + table.slug()), header, body);
        return HttpResponse.ok(bytes).contentType(format.equals("csv") ? TableExport.CSV : TableExport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
    }

    private List<String> header(FigureTable table, Locale locale) {
        List<String> keys = new ArrayList<>(List.of("code", "name"));
        if (table == FigureTable.CRITERIA) {
            keys.add("element");
        }
        keys.addAll(List.of("n", "satisfiedPct", "ciLow", "ciHigh", "sample", "target"));
        if (table == FigureTable.ELEMENTS) {
            keys.add("index");
        }
        return keys.stream().map(k -> messages.text(locale, "reports.export." + k)).toList();
    }

    private List<Object> row(FigureTable table, FigureTables.Row r, Locale locale) {
        Share s = r.satisfied();
        List<Object> row = new ArrayList<>(List.of(r.code(), r.name()));
        if (table == FigureTable.CRITERIA) {
            row.add(r.element());
        }
        row.add(s.n());
        row.add(s.pct());
        row.add(s.ci95() == null ? null : s.ci95().low());
        row.add(s.ci95() == null ? null : s.ci95().high());
        row.add(messages.text(locale, !s.hasData() ? "reports.value.noData"
                : s.enough() ? "reports.value.enough" : "reports.value.notEnough"));
        row.add(r.target());
        if (table == FigureTable.ELEMENTS) {
            row.add(r.index());
        }
        return row;
    }
}
