package vn.hailong.benchmark;

import vn.hailong.calendar.Calendars;
import vn.hailong.calendar.WorkingCalendar;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionStore;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.time.ClockFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The dashboard's satisfaction queries on 1 M and 10 M ratings (issue 10 §12): for each size, generate the ratings
 * (a year ending yesterday, in bulk), build the rollups, then time each query from the rollups and from the naive
 * GROUP BY over raw ratings in the same run, and note the table sizes.
 */
final class DashboardSection implements BenchSection {

    private static final String COMMUNE = "19789";
    private static final int CHUNK_ROWS = 100_000;
    private static final int LOADERS = 2;

    @Override
    public String name() {
        return "dashboard";
    }

    record Query(String name, String unitPath, LocalDate from, LocalDate to, Grouping grouping) {
    }

    @Override
    public void run(BenchRun run, Report report) throws Exception {
        LocalDate to = LocalDate.now(run.context().getBean(Clock.class).withZone(ClockFactory.VIETNAM)).minusDays(1);
        LocalDate from = to.minusDays(364);
        WorkingCalendar calendar = run.context().getBean(Calendars.class).between(null, from, to);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        Directory directory = run.context().getBean(Directory.class);
        Unit province = run.context().getBean(ProvinceRoot.class).ensure();
        Unit commune = directory.unitByCode(COMMUNE).orElseThrow();
        LocalDate yearFrom = to.withDayOfYear(1);
        LocalDate yearTo = yearFrom.plusYears(1).minusDays(1);
        LocalDate monthFrom = to.withDayOfMonth(1).minusMonths(1);
        LocalDate monthTo = to.withDayOfMonth(1).minusDays(1);
        List<Query> queries = List.of(
                new Query("province × year, report", province.path(), yearFrom, yearTo, null),
                new Query("province × year by sector", province.path(), yearFrom, yearTo, Grouping.SECTOR),
                new Query("province × year by officer", province.path(), yearFrom, yearTo, Grouping.OFFICER),
                new Query("commune × year, report", commune.path(), yearFrom, yearTo, null),
                new Query("commune × year by sector", commune.path(), yearFrom, yearTo, Grouping.SECTOR),
                new Query("commune × year by officer", commune.path(), yearFrom, yearTo, Grouping.OFFICER),
                new Query("commune × month by sector", commune.path(), monthFrom, monthTo, Grouping.SECTOR),
                new Query("commune × month by officer", commune.path(), monthFrom, monthTo, Grouping.OFFICER));

        SatisfactionStore raw = run.context().getBean(SatisfactionStore.class);
        BenchSettings settings = run.settings();
        report.heading("Dashboard: satisfaction queries, rollups against the naive GROUP BY");
        report.note("Ratings on the " + days.size() + " working days " + from + ".." + to + "; year " + yearFrom + ".."
                + yearTo + ", month " + monthFrom + ".." + monthTo + "; commune " + commune.name() + " (" + COMMUNE
                + "). Rollups: " + settings.rollupReps() + " timed runs after 5 warm-ups; naive: up to "
                + settings.rawReps() + " runs or " + settings.rawSeconds() + " s after one warm-up (a run over "
                + Timing.SLOW_MS / 1000 + " s is timed without one). p50/p95 in ms, ratio = naive p95 / rollup p95.");
        Report.Table generation = report.table("ratings", "generated and loaded", "rows/s", "criterion answers",
                "rollup rebuild");
        Report.Table timings = report.table("ratings", "query", "naive p50", "naive p95", "naive runs",
                "rollup p50", "rollup p95", "ratio p95");
        Report.Table sizes = report.table("ratings", "table", "rows", "MB (data + indexes)");
        for (long size : settings.sizes()) {
            Benchmark.log("dashboard: " + size + " ratings: emptying ratings and generating");
            empty(run.bulk());
            RatingGenerator generator = new RatingGenerator(run.province(), days, size, settings.seed() + size);
            BulkLoader.Loaded loaded = BulkLoader.load(run.database(), generator, CHUNK_ROWS, LOADERS);
            Benchmark.log("dashboard: " + loaded.ratings() + " ratings and " + loaded.answers() + " answers in "
                    + loaded.millis() + " ms (" + loaded.indexMillis() + " ms of it building the indexes)");
            analyze(run.bulk());
            long t = System.nanoTime();
            // TODO rollups: Rollups.rebuild()
            double rebuild = (System.nanoTime() - t) / 1e6;
            generation.row(size, Report.ms(loaded.millis()), Math.round(loaded.ratings() * 1000.0 / loaded.millis()),
                    loaded.answers(), Report.ms(rebuild));
            for (Query q : queries) {
                Timing naive = Timing.measure(call(raw, q), 1, settings.rawReps(), settings.rawSeconds() * 1000L);
                Benchmark.log("dashboard: " + size + " " + q.name() + ": naive p50 " + Report.ms(naive.p50())
                        + " p95 " + Report.ms(naive.p95()) + " (" + naive.runs() + " runs)");
                timings.row(size, q.name(), Report.ms(naive.p50()), Report.ms(naive.p95()), naive.runs(), "", "", "");
            }
            for (String[] s : sizes(run.bulk(), size)) {
                sizes.row((Object[]) s);
            }
        }
    }

    private static Callable<?> call(SatisfactionStore store, Query q) {
        return q.grouping() == null ? () -> store.satisfaction(q.unitPath(), q.from(), q.to())
                : () -> store.satisfactionBy(q.unitPath(), q.from(), q.to(), q.grouping());
    }

    private static void empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE rating_answers");
            s.execute("TRUNCATE TABLE ratings");
        }
    }

    private static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE ratings, rating_answers");
        }
    }

    private static List<String[]> sizes(Connection c, long size) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name, table_rows, ROUND((data_length + index_length) / 1048576, 1)
                FROM information_schema.tables WHERE table_schema = DATABASE()
                  AND (table_name IN ('ratings', 'rating_answers') OR table_name LIKE '%rollup%')
                ORDER BY table_name = 'ratings' DESC, table_name""")) {
            while (rs.next()) {
                rows.add(new String[] {String.valueOf(size), rs.getString(1), "~" + rs.getLong(2), rs.getString(3)});
            }
        }
        return rows;
    }
}
