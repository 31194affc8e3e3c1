package vn.hailong.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.metrics.rollup.Rollups;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.Fixtures.unique;

/**
 * The figures from the rollups: a known data set gives exactly what the formulas give, the rollups equal a GROUP BY
 * over the raw ratings in every dimension, a rebuild reproduces them, and concurrent ingest loses no count.
 */
@MicronautTest(transactional = false)
class MetricsRollupIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Rollups rollups;
    @Inject
    @Named("raw")
    SatisfactionStore raw;
    @Inject
    @Named("rollup")
    SatisfactionStore rollup;
    @Inject
    Sql sql;
    @Inject
    SatisfactionFigures figures;

    private final ObjectMapper json = new ObjectMapper();
    Api api;
    RatingWorld w;
    Unit child;
    String sector2;
    String procedure2;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        child = fixtures.unitUnder(w.unit, "Điểm tiếp nhận thôn " + unique("t"), UnitType.RECEPTION_POINT);
        sector2 = unique("S");
        procedure2 = unique("P");
        ok(api.post("/api/v1/sectors", w.admin, """
                {"code":"%s","name":"Đất đai","targetPct":85}""".formatted(sector2)));
        ok(api.post("/api/v1/procedures", w.admin, """
                {"code":"%s","name":"Đăng ký biến động đất đai","sectorCode":"%s","processingDays":10}"""
                .formatted(procedure2, sector2)));
    }

    /**
     * 2026-03-05 … 2026-04-30 in the ward and the reception point below it:
     * scores 5, 4, 2, 3, 5 (ward) and 4 (reception point) → n 6, 4 satisfied → 66.7% [30.0, 90.3];
     * S17-10 (element 3) answers 5, 4, 1 → 66.67%, S17-13 (element 3) 4 → 100% → element 3 index 83.3, n 3;
     * S17-01 (element 1) 2 → 0% → element 1 index 0.0, n 1; SIPAS = (0 + 83.33) / 2 = 41.7;
     * sector 1: scores 5, 4 → 100%; sector 2: 2, 3 → 0% [0, 65.8]. A rating on 2026-05-05 and one on 2026-03-04
     * lie outside.
     */
    @Test
    void a_known_data_set_gives_the_figures_the_formulas_give() throws Exception {
        knownDataSet();
        Map<String, Object> m = metrics(w.unit.code(), "2026-03-05", "2026-04-30", "sector");

        assertThat(m.get("n")).isEqualTo(6);
        assertThat(m.get("satisfiedPct")).isEqualTo(66.7);
        assertThat(m.get("ci95")).isEqualTo(List.of(30.0, 90.3));
        assertThat(m.get("distribution")).isEqualTo(List.of(0, 1, 1, 2, 2));
        assertThat(m.get("sipasIndex")).isEqualTo(41.7);
        assertThat(m.get("sipasComplete")).isEqualTo(false);
        Map<String, Map<String, Object>> elements = byKey(m.get("elements"), "code");
        assertThat(elements.get("S17-E3")).containsEntry("index", 83.3).containsEntry("n", 3);
        assertThat(elements.get("S17-E1")).containsEntry("index", 0.0).containsEntry("n", 1);
        assertThat(elements.get("S17-E2")).containsEntry("index", null).containsEntry("n", 0);
        Map<String, Map<String, Object>> sectors = byKey(m.get("groups"), "key");
        assertThat(sectors.get(w.sector)).containsEntry("n", 2).containsEntry("satisfiedPct", 100.0)
                .containsEntry("enough", false);
        assertThat(sectors.get(sector2)).containsEntry("n", 2).containsEntry("satisfiedPct", 0.0)
                .containsEntry("ci95", List.of(0.0, 65.8));

        // the reception point alone, and the ward over the whole spring
        assertThat(metrics(child.code(), "2026-03-05", "2026-04-30", "").get("n")).isEqualTo(1);
        assertThat(metrics(w.unit.code(), "2026-03-01", "2026-05-31", "").get("n")).isEqualTo(8);
        Map<String, Object> months = metrics(w.unit.code(), "2026-03-01", "2026-05-31", "month");
        assertThat(byKey(months.get("groups"), "key").keySet()).containsExactly("2026-03", "2026-04", "2026-05");
        // an empty range is n = 0, not an error, and has no share
        Map<String, Object> empty = metrics(w.unit.code(), "2025-01-01", "2025-01-31", "officer");
        assertThat(empty.get("n")).isEqualTo(0);
        assertThat(empty.get("satisfiedPct")).isNull();
        assertThat(empty.get("groups")).isEqualTo(List.of());
    }

    @Test
    void the_rollups_equal_a_group_by_over_the_raw_ratings_in_every_dimension() {
        knownDataSet();
        rollups.drain();
        for (String[] range : new String[][] {{"2026-03-05", "2026-04-30"}, {"2026-01-01", "2026-12-31"},
                {"2026-03-20", "2026-03-20"}, {"2026-02-15", "2026-05-05"}}) {
            LocalDate from = LocalDate.parse(range[0]);
            LocalDate to = LocalDate.parse(range[1]);
            for (Dimension d : Dimension.values()) {
                assertThat(cells(rollup, from, to, d)).as(d + " " + from + ".." + to)
                        .isEqualTo(cells(raw, from, to, d));
            }
        }
    }

    @Test
    void a_rebuild_reproduces_the_rollups_exactly() {
        knownDataSet();
        rollups.drain();
        List<String> before = rows();
        sql.update("DELETE FROM metric_rollups WHERE unit_id IN (?, ?)", w.unit.id(), child.id());
        assertThat(rows()).isNotEqualTo(before);
        rollups.rebuild();
        assertThat(rows()).isEqualTo(before);
        rollups.rebuild();
        assertThat(rows()).as("a second rebuild changes nothing").isEqualTo(before);
    }

    @Test
    void ratings_removed_by_hand_before_they_were_drained_leave_nothing_behind_after_a_rebuild() {
        knownDataSet();
        sql.update("DELETE a FROM rating_answers a JOIN ratings r ON r.id = a.rating_id WHERE r.unit_id IN (?, ?)",
                w.unit.id(), child.id());
        sql.update("DELETE FROM ratings WHERE unit_id IN (?, ?)", w.unit.id(), child.id());
        rollups.rebuild();
        rollups.drain();
        LocalDate from = LocalDate.parse("2026-01-01");
        LocalDate to = LocalDate.parse("2026-12-31");
        assertThat(rollup.cells(w.unit.path(), from, to, Dimension.TOTAL)).isEmpty();
        assertThat(rows()).allMatch(r -> r.contains("/15/")).as("only the citizens served remain");
    }

    @Test
    void concurrent_ingest_with_a_rebuild_running_loses_no_count_and_counts_none_twice() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        AtomicBoolean ingesting = new AtomicBoolean(true);
        try {
            Future<?> rebuilding = pool.submit(() -> {
                while (ingesting.get()) {
                    rollups.rebuild();
                }
            });
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        int score = 1 + (thread + i) % 5;
                        rate("""
                                {"score":%d,"channel":"IMPORT","unitCode":"%s","officerCode":"%s","procedureCode":"%s",
                                 "answers":{"S17-10":%d},"submittedAt":"2026-06-%02dT10:00:00+07:00"}"""
                                .formatted(score, w.unit.code(), w.officer, w.procedure, 6 - score, 1 + i % 28));
                    }
                    return null;
                }));
            }
            for (Future<?> c : clients) {
                c.get();
            }
            ingesting.set(false);
            rebuilding.get();
        } finally {
            pool.shutdownNow();
        }
        rollups.drain();
        LocalDate from = LocalDate.parse("2026-06-01");
        LocalDate to = LocalDate.parse("2026-06-30");
        assertThat(rollup.cells(w.unit.path(), from, to, Dimension.TOTAL).get(0).scores().n())
                .isEqualTo(threads * perThread);
        for (Dimension d : Set.of(Dimension.TOTAL, Dimension.OFFICER, Dimension.CRITERION, Dimension.MONTH,
                Dimension.OFFICER_PROCEDURE)) {
            assertThat(cells(rollup, from, to, d)).as(d.name()).isEqualTo(cells(raw, from, to, d));
        }
    }

    private void knownDataSet() {
        rate(w.unit, 5, w.procedure, "2026-03-10", "\"S17-10\":5,\"S17-13\":4");
        rate(w.unit, 4, w.procedure, "2026-03-20", "\"S17-10\":4,\"S17-01\":2");
        rate(w.unit, 2, procedure2, "2026-04-02", "\"S17-10\":1");
        rate(w.unit, 3, procedure2, "2026-04-15", "");
        rate(w.unit, 5, null, "2026-04-30", "");
        rate(child, 4, null, "2026-04-10", "");
        rate(w.unit, 1, w.procedure, "2026-05-05", "\"S17-01\":1,\"S17-13\":5");
        rate(w.unit, 5, w.procedure, "2026-03-04", "\"S17-01\":5");
        // today: three citizens served at the counter, the first of them rates at the kiosk
        String integration = fixtures.token(vn.hailong.shared.security.Role.INTEGRATION, w.unit);
        for (String ticket : List.of("A-1", "A-2", "A-3")) {
            ok(api.post("/api/v1/counters/" + w.counter + "/transactions", integration,
                    "{\"ticket\":\"" + ticket + "\"}"));
            if (ticket.equals("A-1")) {
                Api.Response r = api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":4}",
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
        }
    }

    @Test
    void the_response_rate_sets_ratings_at_a_counter_against_the_citizens_served_there() {
        knownDataSet();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        List<ResponseRate> rates = figures.responseRates(admin(), w.unit.code(),
                today, today);
        assertThat(rates.get(0).served()).isEqualTo(3);
        assertThat(rates.get(0).rated()).isEqualTo(1);
        assertThat(rates.get(0).ratePct()).isEqualTo(33.3);
        assertThat(rates).filteredOn(r -> r.key().equals(w.counter)).singleElement()
                .satisfies(r -> assertThat(r.ratePct()).isEqualTo(33.3));
        // a range with ratings but nobody recorded as served has no rate, never 0 %
        assertThat(figures.responseRates(admin(), w.unit.code(),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")).get(0).ratePct()).isNull();
    }

    private void rate(Unit unit, int score, String procedure, String date, String answers) {
        rate("""
                {"score":%d,"channel":"IMPORT","unitCode":"%s",%s"officerCode":%s,"answers":{%s},
                 "submittedAt":"%sT09:30:00+07:00"}""".formatted(score, unit.code(),
                procedure == null ? "" : "\"procedureCode\":\"" + procedure + "\",",
                unit.id() == w.unit.id() ? "\"" + w.officer + "\"" : "null", answers, date));
    }

    private void rate(String body) {
        Api.Response r = api.send("POST", "/api/v1/ratings", w.admin, body,
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> metrics(String unit, String from, String to, String groupBy) throws Exception {
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + unit + "&from=" + from + "&to=" + to
                + (groupBy.isEmpty() ? "" : "&groupBy=" + groupBy), w.admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return json.readValue(r.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byKey(Object list, String key) {
        Map<String, Map<String, Object>> map = new java.util.LinkedHashMap<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) list) {
            map.put((String) item.get(key), item);
        }
        return map;
    }

    private List<String> cells(SatisfactionStore store, LocalDate from, LocalDate to, Dimension d) {
        return store.cells(w.unit.path(), from, to, d).stream()
                .map(c -> c.a() + "/" + c.b() + "/" + c.text() + "=" + c.scores())
                .sorted().collect(Collectors.toList());
    }

    private List<String> rows() {
        return sql.column("""
                SELECT CONCAT_WS('/', unit_id, dim, grain, period_start, k1, k2, kt, n1, n2, n3, n4, n5)
                FROM metric_rollups WHERE unit_id IN (?, ?) ORDER BY 1""", w.unit.id(), child.id());
    }

    private vn.hailong.shared.security.Actor admin() {
        return new vn.hailong.shared.security.Actor(vn.hailong.shared.security.Actor.Kind.USER, 0, "test",
                vn.hailong.shared.security.Role.ADMIN, fixtures.province().id(), null);
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }
}
