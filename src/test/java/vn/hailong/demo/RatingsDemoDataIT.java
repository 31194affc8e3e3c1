package vn.hailong.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's rating history over a fixed stretch around Tết 2026 (5 January – 28 February: the làm bù Saturday
 * 10 January, Tết 14–22 February), counted through the metrics API like any submitted rating.
 */
@MicronautTest(transactional = false)
// the dossiers' SMS and link ratings would count beside the ones this test generates
@Property(name = "hailong.demo-dossiers.scale", value = "0")
class RatingsDemoDataIT {

    static final LocalDate FROM = LocalDate.of(2026, 1, 5);
    static final LocalDate TO = LocalDate.of(2026, 2, 28);
    static final String DEMO = "idempotency_key LIKE 'demo-rating:%'";

    @Inject
    vn.hailong.metrics.rollup.Rollups rollups;
    @Inject
    DemoData demoData;
    @Inject
    RatingsDemoData ratings;
    @Inject
    RatingHistory history;
    @Inject
    Fixtures fixtures;
    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource contextual;
    @Inject
    io.micronaut.jdbc.DataSourceResolver resolver;

    Api api;
    DemoContext context;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(server);
        demoData.load(); // the directory (and the short test history, removed next)
        removeDemoRatings();
        Unit province = fixtures.province();
        Clock marchFirst = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
        context = new DemoContext(province, new Actor(Actor.Kind.USER, 0, "test", Role.ADMIN, province.id(), null),
                marchFirst, DemoData.SEED);
    }

    @Test
    void the_same_period_gives_the_same_ratings_and_a_second_run_adds_nothing() throws Exception {
        RatingsDemoData.Outcome first = ratings.generate(context, FROM, TO, 1.0);
        String fingerprint = fingerprint();
        assertThat(first.ratings()).isEqualTo(history.count(RatingsDemoData.KEY_PREFIX)).isGreaterThan(10_000);
        // 5/1–28/2: 40 weekdays + the làm bù Saturday 10/1, minus Tết 16–20/2 (the weekdays of 14–22/2)
        assertThat(first.workingDays()).isEqualTo(36);

        assertThat(ratings.contribute(context)).contains("already loaded");
        assertThat(history.count(RatingsDemoData.KEY_PREFIX)).isEqualTo(first.ratings());

        removeDemoRatings();
        RatingsDemoData.Outcome again = ratings.generate(context, FROM, TO, 1.0);
        assertThat(again.ratings()).isEqualTo(first.ratings());
        assertThat(fingerprint()).as("same keys, ids, scores, moments and answers").isEqualTo(fingerprint);
    }

    @Test
    void the_history_waits_until_the_server_is_up_while_the_directory_does_not() {
        assertThat(ratings.deferrable()).isTrue();
        assertThat(demoData.loadImmediate().parts()).extracting(DemoData.Part::name).containsExactly("directory", "staff accounts");
        assertThat(history.count(RatingsDemoData.KEY_PREFIX)).isZero();
        assertThat(demoData.loadDeferred().parts()).extracting(DemoData.Part::name).containsExactly("a year of ratings", "a year of complaints",
                "a year of dossiers, invitations and SMS ratings");
        assertThat(history.count(RatingsDemoData.KEY_PREFIX)).isPositive();
    }

    @Test
    void ratings_fall_on_working_days_in_office_hours_with_weekday_peaks() throws Exception {
        ratings.generate(context, FROM, TO, 1.0);
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND local_date = '2026-02-17'")).as("Tết").isZero();
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND local_date BETWEEN '2026-02-14' AND '2026-02-22'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND local_date = '2026-01-11'")).as("a Sunday").isZero();
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND local_date = '2026-01-10'")).as("làm bù Saturday").isGreaterThan(100);
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO
                + " AND local_date <> DATE(submitted_at + INTERVAL 7 HOUR)")).as("local_date is the Vietnam date").isZero();
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO
                + " AND TIME(submitted_at + INTERVAL 7 HOUR) NOT BETWEEN '08:00:00' AND '12:00:00'"
                + " AND TIME(submitted_at + INTERVAL 7 HOUR) NOT BETWEEN '13:00:00' AND '17:00:00'")).as("outside office hours").isZero();
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND (flagged OR received_at < submitted_at)")).isZero();
        long morning = count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND HOUR(submitted_at + INTERVAL 7 HOUR) BETWEEN 9 AND 10");
        long lateAfternoon = count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND HOUR(submitted_at + INTERVAL 7 HOUR) = 16");
        assertThat(morning).isGreaterThan(4 * lateAfternoon);
        // per day: Mondays busier than Fridays (DAYOFWEEK: 2 = Monday, 6 = Friday)
        assertThat(perDay(2)).isGreaterThan(perDay(6) * 1.2);
        // bigger wards busier: Thuận Hóa over A Lưới 2
        assertThat(count("SELECT COUNT(*) FROM ratings r JOIN units u ON u.id = r.unit_id WHERE " + DEMO + " AND u.code = '19789.TTPVHCC'"))
                .isGreaterThan(count("SELECT COUNT(*) FROM ratings r JOIN units u ON u.id = r.unit_id WHERE " + DEMO + " AND u.code = '20044.TTPVHCC'") * 3 / 2);
        // 30–60 per centre per working day on average
        long centres = count("SELECT COUNT(DISTINCT unit_id) FROM ratings WHERE " + DEMO);
        assertThat(centres).isEqualTo(11);
        double perCentreDay = (double) history.count(RatingsDemoData.KEY_PREFIX) / centres / 36;
        assertThat(perCentreDay).isBetween(30.0, 60.0);
    }

    @Test
    void the_metrics_count_them_and_show_the_weaker_sectors_and_the_three_officers() throws Exception {
        RatingsDemoData.Outcome outcome = ratings.generate(context, FROM, TO, 1.0);
        String admin = fixtures.token(Role.ADMIN, fixtures.province());

        long n = 0;
        for (String centre : List.of("46.TTPVHCC", "19789.TTPVHCC", "19753.TTPVHCC", "19815.TTPVHCC", "19777.TTPVHCC",
                "19813.TTPVHCC", "19774.TTPVHCC", "19942.TTPVHCC", "20044.TTPVHCC", "20107.TTPVHCC", "19867.TTPVHCC")) {
            n += ((Number) metrics(admin, centre, "").get("n")).longValue();
        }
        assertThat(n).as("every generated rating counts").isEqualTo(outcome.ratings());

        double overall = ((Number) metrics(admin, "19789", "").get("satisfiedPct")).doubleValue();
        assertThat(overall).isBetween(84.0, 94.0);
        Map<String, Object> all = metrics(admin, "46.TTPVHCC", "");
        assertThat(((Number) all.get("satisfiedPct")).doubleValue()).isBetween(86.0, 95.0);

        Map<String, Double> sectors = groups(admin, "sector");
        assertThat(sectors.get("DAT-DAI")).isBetween(76.0, 88.0);
        assertThat(sectors.get("XAY-DUNG")).isBetween(76.0, 88.0);
        assertThat(sectors.get("HO-TICH")).isGreaterThan(sectors.get("DAT-DAI") + 5);
        assertThat(sectors.get("CU-TRU")).isGreaterThan(sectors.get("XAY-DUNG") + 5);

        Map<String, Double> officers = groups(admin, "officer");
        for (String unhappy : RatingsDemoData.UNHAPPY_OFFICERS) {
            assertThat(officers.get(unhappy)).as(unhappy).isLessThan(80.0);
        }
        List<Double> others = new ArrayList<>();
        officers.forEach((code, pct) -> {
            if (code.startsWith("CB.") && !RatingsDemoData.UNHAPPY_OFFICERS.contains(code)) {
                others.add(pct);
            }
        });
        assertThat(others).hasSizeGreaterThan(50);
        double median = others.stream().sorted().toList().get(others.size() / 2);
        assertThat(median).isGreaterThan(88.0);
        assertThat(others.stream().filter(p -> p < 80.0).count()).as("only weak-sector counters may come close").isLessThan(5);

        assertThat(groups(admin, "channel")).containsKeys("KIOSK", "COUNTER");
        assertThat(api.get("/api/v1/metrics/satisfaction?unitCode=46&from=2026-01-05&to=2026-02-28&groupBy=weather", admin).status())
                .isEqualTo(400);
    }

    @Test
    void unhappy_citizens_leave_reasons_and_vietnamese_comments_and_some_answer_sipas_criteria() throws Exception {
        ratings.generate(context, FROM, TO, 1.0);
        List<String> comments = strings("SELECT DISTINCT comment FROM ratings WHERE " + DEMO + " AND comment IS NOT NULL");
        assertThat(comments).contains("Chờ lâu quá, hơn một tiếng mới đến lượt.",
                "Thái độ cán bộ chưa niềm nở, trả lời cộc lốc.", "Hồ sơ đất đai giải quyết chậm, đã quá hẹn một tuần.");
        long unhappy = count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND score <= 3");
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND score <= 3 AND reasons IS NOT NULL"))
                .isGreaterThan(unhappy / 2);
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND score >= 4 AND reasons IS NOT NULL")).isZero();
        long answered = count("SELECT COUNT(DISTINCT a.rating_id) FROM rating_answers a JOIN ratings r ON r.id = a.rating_id WHERE r." + DEMO);
        assertThat(answered).isGreaterThan(1000);
        assertThat(count("SELECT MAX(c) FROM (SELECT COUNT(*) c FROM rating_answers a JOIN ratings r ON r.id = a.rating_id WHERE r."
                + DEMO + " AND r.channel <> 'IMPORT' GROUP BY a.rating_id) x")).as("a kiosk asks up to 3").isBetween(1L, 3L);
        // the monthly paper survey forms answer all 22 criteria, so every element has figures
        assertThat(count("SELECT MIN(c) FROM (SELECT COUNT(*) c FROM rating_answers a JOIN ratings r ON r.id = a.rating_id WHERE r."
                + DEMO + " AND r.channel = 'IMPORT' GROUP BY a.rating_id) x")).isEqualTo(22L);
        assertThat(count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND channel = 'IMPORT'"))
                .as("12 forms per centre and month").isEqualTo(11L * 12 * 2);
        assertThat(count("SELECT COUNT(*) FROM rating_answers a JOIN ratings r ON r.id = a.rating_id LEFT JOIN survey_criteria c"
                + " ON c.code = a.criterion_code WHERE r." + DEMO + " AND c.id IS NULL")).as("unknown criteria").isZero();
        // procedures match the counter: nothing but Đất đai and Xây dựng at a Đất đai – Xây dựng counter
        assertThat(count("SELECT COUNT(*) FROM ratings r JOIN counters k ON k.id = r.counter_id JOIN procedures p ON p.id = r.procedure_id"
                + " JOIN sectors s ON s.id = p.sector_id WHERE r." + DEMO + " AND k.name LIKE '%Đất đai – Xây dựng%'"
                + " AND s.code NOT IN ('DAT-DAI', 'XAY-DUNG')")).isZero();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> metrics(String token, String unit, String groupBy) throws Exception {
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + unit + "&from=" + FROM + "&to=" + TO
                + (groupBy.isEmpty() ? "" : "&groupBy=" + groupBy), token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json.readValue(r.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Double> groups(String token, String groupBy) throws Exception {
        Map<String, Double> result = new java.util.TreeMap<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) metrics(token, "46", groupBy).get("groups")) {
            result.put((String) g.get("key"), ((Number) g.get("satisfiedPct")).doubleValue());
        }
        return result;
    }

    private double perDay(int dayOfWeek) throws Exception {
        return (double) count("SELECT COUNT(*) FROM ratings WHERE " + DEMO + " AND DAYOFWEEK(local_date) = " + dayOfWeek)
                / count("SELECT COUNT(DISTINCT local_date) FROM ratings WHERE " + DEMO + " AND DAYOFWEEK(local_date) = " + dayOfWeek);
    }

    private String fingerprint() throws Exception {
        return strings("SELECT CONCAT(COUNT(*), '/', SUM(id % 1000003), '/', SUM(score), '/', SUM(UNIX_TIMESTAMP(submitted_at) % 100003),"
                + " '/', COUNT(comment), '/', COALESCE(SUM(procedure_id), 0), '/', COALESCE(SUM(officer_id), 0)) FROM ratings WHERE " + DEMO).get(0)
                + strings("SELECT CONCAT(COUNT(*), '/', SUM(a.score)) FROM rating_answers a JOIN ratings r ON r.id = a.rating_id WHERE r." + DEMO).get(0);
    }

    private void removeDemoRatings() throws Exception {
        try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE a FROM rating_answers a JOIN ratings r ON r.id = a.rating_id WHERE r." + DEMO);
            st.executeUpdate("DELETE FROM ratings WHERE " + DEMO);
            // and the demo dossiers' SMS and link ratings another test class may have left in the shared database
            st.executeUpdate("DELETE FROM ratings WHERE idempotency_scope = 'history'"
                    + " AND idempotency_key LIKE 'demo-dossier-rating:%'");
        }
        rollups.rebuild(); // the raw ratings are the truth: what was derived from the removed ones goes with them
    }

    private long count(String sql) throws Exception {
        try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
