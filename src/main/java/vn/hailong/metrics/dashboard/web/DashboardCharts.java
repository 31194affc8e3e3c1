package vn.hailong.metrics.dashboard.web;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.dashboard.DashboardFigures;
import vn.hailong.metrics.dashboard.DashboardFigures.Row;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts' data as JSON for a {@code data-chart} attribute (the page's scripts are files: no inline script under
 * the Content-Security-Policy). Only what the page's tables show: a share below the minimum sample is null (a gap
 * in the line, no bar), never its number.
 */
@Singleton
class DashboardCharts {

    private final JsonMapper json;

    DashboardCharts(JsonMapper json) {
        this.json = json;
    }

    String trend(DashboardFigures f) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", f.trend().stream().map(Row::key).toList());
        data.put("values", f.trend().stream().map(r -> shown(r.satisfied())).toList());
        data.put("n", f.trend().stream().map(r -> r.satisfied().n()).toList());
        data.put("target", f.trend().stream().map(Row::target).toList());
        return write(data);
    }

    String units(DashboardFigures f) {
        return bars(f.units());
    }

    String elements(DashboardFigures f) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", f.elements().stream().map(e -> e.name()).toList());
        data.put("values", f.elements().stream().map(e -> e.enough() ? e.index() : null).toList());
        data.put("n", f.elements().stream().map(e -> e.n()).toList());
        data.put("target", f.elements().stream().map(e -> e.target()).toList());
        return write(data);
    }

    private String bars(List<Row> rows) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", rows.stream().map(Row::name).toList());
        data.put("values", rows.stream().map(r -> shown(r.satisfied())).toList());
        data.put("n", rows.stream().map(r -> r.satisfied().n()).toList());
        List<Double> targets = new ArrayList<>();
        rows.forEach(r -> targets.add(r.target()));
        data.put("target", targets);
        return write(data);
    }

    private static Double shown(Share s) {
        return s.shown() ? s.pct() : null;
    }

    private String write(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
