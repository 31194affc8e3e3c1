package vn.hailong.benchmark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.metrics.SatisfactionStore;
import vn.hailong.metrics.persistence.RawSatisfactionStore;
import vn.hailong.metrics.rollup.Rollups;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The dashboard's satisfaction queries on 1 M and 10 M ratings (issue 10 §12). For each size: empty the ratings,
 * generate a year of them (ending yesterday) in bulk, rebuild the rollups with {@link Rollups#rebuild()}, then time
 * each query as the dashboard asks it ({@link SatisfactionFigures}, reading the rollups) against the very same
 * figures computed over the naive GROUP BY of the raw ratings ({@link RawSatisfactionStore}), check that both give
 * the same figures, and note the table sizes.
 */
final class DashboardSection implements BenchSection {

    private static final String COMMUNE = "19789";
    private static final int CHUNK_ROWS = 100_000;
    private static final int LOADERS = 2;
    private static final int ROLLUP_WARMUPS = 5;
    private static final long ROLLUP_CAP_MS = 60_000;

    @Override
    public String name() {
        return "dashboard";
    }

    /** One dashboard query: a unit and a period, grouped or (null) the ungrouped report with the SIPAS elements. */
    record Query(String name, String unitCode, LocalDate from, LocalDate to, Grouping grouping) {

        Callable<?> on(SatisfactionFigures figures, Actor actor) {
            return grouping == null ? () -> figures.report(actor, unitCode, from, to, false)
                    : () -> figures.groups(actor, unitCode, from, to, grouping, false);
        }
    }

    @Override
    public void run(BenchRun run, Report report) throws Exception {
        ApplicationContext context = run.context();
        LocalDate to = LocalDate.now(context.getBean(Clock.class).withZone(ClockFactory.VIETNAM)).minusDays(1);
        LocalDate from = to.minusDays(364);
        WorkingCalendar calendar = context.getBean(Calendars.class).between(null, from, to);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        Unit province = context.getBean(ProvinceRoot.class).ensure();
        Unit commune = context.getBean(Directory.class).unitByCode(COMMUNE).orElseThrow();
        Actor manager = new Actor(Actor.Kind.USER, 0, "benchmark", Role.ADMIN, province.id(), null);
        LocalDate yearFrom = to.withDayOfYear(1);
        LocalDate yearTo = yearFrom.plusYears(1).minusDays(1);
        LocalDate monthFrom = to.withDayOfMonth(1).minusMonths(1);
        LocalDate monthTo = to.withDayOfMonth(1).minusDays(1);
        List<Query> queries = List.of(
                new Query("province × year, report", province.code(), yearFrom, yearTo, null),
                new Query("province × year by sector", province.code(), yearFrom, yearTo, Grouping.SECTOR),
                new Query("province × year by officer", province.code(), yearFrom, yearTo, Grouping.OFFICER),
                new Query("commune × year, report", COMMUNE, yearFrom, yearTo, null),
                new Query("commune × year by sector", COMMUNE, yearFrom, yearTo, Grouping.SECTOR),
                new Query("commune × year by officer", COMMUNE, yearFrom, yearTo, Grouping.OFFICER),
                new Query("commune × month, report", COMMUNE, monthFrom, monthTo, null),
                new Query("commune × month by sector", COMMUNE, monthFrom, monthTo, Grouping.SECTOR),
                new Query("commune × month by officer", COMMUNE, monthFrom, monthTo, Grouping.OFFICER));

        SatisfactionFigures rollup = context.getBean(SatisfactionFigures.class);
        SatisfactionFigures naive = overRawRatings(context);
        Rollups rollups = context.getBean(Rollups.class);
        BenchSettings settings = run.settings();

        report.heading("Dashboard: satisfaction queries, rollups against the naive GROUP BY");
        report.note("The province: " + run.province().centres.size() + " service centres, " + run.province().officers()
                + " officers at counters. A year of ratings on the " + days.size() + " working days " + from + ".." + to + "; year = "
                + yearFrom + ".." + yearTo + ", month = " + monthFrom + ".." + monthTo + "; commune = "
                + commune.name() + " (" + COMMUNE + ", the busiest ward). Each query as the dashboard asks it "
                + "(SatisfactionFigures: report = n, satisfied share, SIPAS index and elements; groups by sector or "
                + "officer), once reading the rollups and once the naive GROUP BY over raw ratings "
                + "(RawSatisfactionStore); \"same\" says both gave equal figures. Rollups: " + settings.rollupReps()
                + " timed runs after " + ROLLUP_WARMUPS + " warm-ups; naive: one warm-up, then up to "
                + settings.rawReps() + " runs or " + settings.rawSeconds() + " s (a run over " + Timing.SLOW_MS / 1000
                + " s is timed without a warm-up; one over " + settings.rawTimeoutSeconds() + " s is stopped: \"> "
                + settings.rawTimeoutSeconds() + " s\"). Ratio = naive p95 / rollup p95.\n");
        Report.Table generation = report.table("ratings", "generate + load", "of it: indexes", "ratings/s",
                "criterion answers", "rollup rebuild");
        Report.Table timings = report.table("ratings", "query", "naive p50", "naive p95", "naive runs",
                "rollup p50", "rollup p95", "ratio p95", "same");
        Report.Table sizes = report.table("ratings", "table", "rows", "MB (data + indexes)");
        for (long size : settings.sizes()) {
            Benchmark.log("dashboard: " + size + " ratings: emptying the ratings, generating");
            empty(run.bulk());
            RatingGenerator generator = new RatingGenerator(run.province(), days, size, settings.seed() + size);
            BulkLoader.Loaded loaded = BulkLoader.load(run.database(), generator, CHUNK_ROWS, LOADERS);
            Benchmark.log("dashboard: " + loaded.ratings() + " ratings and " + loaded.answers() + " answers in "
                    + loaded.millis() + " ms (" + loaded.indexMillis() + " ms of it building the indexes)");
            analyze(run.bulk(), "ratings, rating_answers");
            Rollups.Rebuilt rebuilt = rollups.rebuild();
            analyze(run.bulk(), "metric_rollups");
            Benchmark.log("dashboard: rollups rebuilt in " + rebuilt.millis() + " ms");
            generation.row(size, Report.ms(loaded.millis()), Report.ms(loaded.indexMillis()),
                    Math.round(loaded.ratings() * 1000.0 / loaded.millis()), loaded.answers(),
                    Report.ms(rebuilt.millis()));
            for (Query q : queries) {
                Timing fast = Timing.measure(q.on(rollup, manager), ROLLUP_WARMUPS, settings.rollupReps(), ROLLUP_CAP_MS);
                Timing slow = Timing.measure(q.on(naive, manager), 1, settings.rawReps(), settings.rawSeconds() * 1000L,
                        settings.rawTimeoutSeconds() * 1000L, () -> killNaiveQueries(run.bulk()));
                String same = slow.lastResult() == null ? "–"
                        : Objects.equals(fast.lastResult(), slow.lastResult()) ? "yes" : "NO";
                Benchmark.log("dashboard: " + size + " " + q.name() + ": rollup p95 " + Report.ms(fast.p95())
                        + ", naive p95 " + slow.p95Text() + " (" + slow.runs() + " runs), same figures: " + same);
                timings.row(size, q.name(), slow.p50Text(), slow.p95Text(), slow.runs(),
                        Report.ms(fast.p50()), Report.ms(fast.p95()),
                        (slow.timedOut() ? "> " : "") + ratio(slow.p95() / fast.p95()), same);
            }
            for (String[] s : sizes(run.bulk(), loaded)) {
                sizes.row((Object[]) s);
            }
        }
    }

    /** "2600×", or "1.4×" and "0.3×" below 10 (where the rollups hardly matter, or the naive query wins). */
    private static String ratio(double r) {
        return r >= 10 ? Math.round(r) + "×" : String.format("%.1f×", r);
    }

    /**
     * The dashboard's own figures over the raw ratings: the same class, built with the naive store in place of the
     * rollups, so that the only difference timed is where the counts come from.
     */
    private static SatisfactionFigures overRawRatings(ApplicationContext context) throws Exception {
        SatisfactionStore raw = context.getBean(SatisfactionStore.class, Qualifiers.byName("raw"));
        Constructor<?> constructor = SatisfactionFigures.class.getDeclaredConstructors()[0];
        Class<?>[] types = constructor.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == SatisfactionStore.class ? raw : context.getBean(types[i]);
        }
        constructor.setAccessible(true);
        return (SatisfactionFigures) constructor.newInstance(arguments);
    }

    /** Kills the naive store's statements that are still running in this database (a run over the timeout). */
    private static void killNaiveQueries(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM information_schema.processlist"
                + " WHERE db = DATABASE() AND id <> CONNECTION_ID() AND info LIKE '%FROM ratings r JOIN units u%'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            try (Statement s = c.createStatement()) {
                s.execute("KILL QUERY " + id);
            } catch (SQLException finishedMeanwhile) {
                // it ended on its own
            }
        }
    }

    private static void empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE rating_answers");
            s.execute("TRUNCATE TABLE ratings");
        }
    }

    private static void analyze(Connection c, String tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE " + tables);
        }
    }

    /** Rows (exact for ratings and answers as loaded, counted for the rollups) and MB per table. */
    private static List<String[]> sizes(Connection c, BulkLoader.Loaded loaded) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name, ROUND((data_length + index_length) / 1048576, 1),
                  (SELECT COUNT(*) FROM metric_rollups), (SELECT COUNT(*) FROM metric_pending)
                FROM information_schema.tables WHERE table_schema = DATABASE()
                  AND table_name IN ('ratings', 'rating_answers', 'metric_rollups', 'metric_pending')
                ORDER BY FIELD(table_name, 'ratings', 'rating_answers', 'metric_rollups', 'metric_pending')""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                long count = switch (table) {
                    case "ratings" -> loaded.ratings();
                    case "rating_answers" -> loaded.answers();
                    case "metric_rollups" -> rs.getLong(3);
                    default -> rs.getLong(4);
                };
                rows.add(new String[] {String.valueOf(loaded.ratings()), table, String.valueOf(count), rs.getString(2)});
            }
        }
        return rows;
    }
}
