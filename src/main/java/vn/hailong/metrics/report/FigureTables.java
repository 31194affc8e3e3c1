package vn.hailong.metrics.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.metrics.SatisfactionReport;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.TargetBook;
import vn.hailong.shared.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The rows of a downloadable table, from the metrics' figures: code, name, the satisfied share with n and interval,
 * whether n reaches the minimum sample, the target where one applies (a unit's overall target, a sector's, the
 * online-service target for the web channel, the chosen unit's overall target for each month) and the element index.
 */
@Singleton
public class FigureTables {

    /** One row; {@code element} is the element a criterion belongs to (null in other tables). */
    public record Row(String code, String name, @Nullable String element, Share satisfied, @Nullable Double target,
                      @Nullable Double index) {
    }

    private final SatisfactionFigures figures;
    private final TargetBook targets;

    FigureTables(SatisfactionFigures figures, TargetBook targets) {
        this.figures = figures;
        this.targets = targets;
    }

    /** The table's rows in key order; 404 for a unit unknown or outside the actor's subtree. */
    public List<Row> rows(Actor actor, FigureTable table, String unitCode, LocalDate from, LocalDate to,
                          boolean english) {
        SatisfactionReport report = figures.report(actor, unitCode, from, to, english);
        int year = from.getYear();
        if (table == FigureTable.CRITERIA) {
            return report.elements().stream().flatMap(e -> e.criteria().stream()
                    .map(c -> new Row(c.code(), c.text(), e.code(), c.satisfied(), null, null))).toList();
        }
        return figures.groups(actor, unitCode, from, to, table.grouping(), english).stream()
                .map(g -> new Row(g.key(), g.name(), null, g.satisfied(), target(table, g, year, report.unitId()),
                        g.index()))
                .toList();
    }

    private Double target(FigureTable table, GroupFigure g, int year, long unitId) {
        OptionalDouble t = switch (table) {
            case UNITS -> g.id() == null ? OptionalDouble.empty() : targets.overall(year, g.id());
            case SECTORS -> g.id() == null ? OptionalDouble.empty() : targets.sector(year, unitId, g.id());
            case CHANNELS -> "WEB".equals(g.key()) ? targets.target(TargetBook.Kind.ONLINE, year, unitId, null)
                    : OptionalDouble.empty();
            case MONTHS -> targets.overall(Integer.parseInt(g.key().substring(0, 4)), unitId);
            default -> OptionalDouble.empty();
        };
        return t.isPresent() ? t.getAsDouble() : null;
    }
}
