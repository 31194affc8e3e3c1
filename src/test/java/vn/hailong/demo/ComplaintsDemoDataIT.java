package vn.hailong.demo;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintHistory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's year of complaints (1 July 2025 to 30 June 2026 at 10:00), replayed through the workflow and counted
 * through the metrics API like any worked case.
 */
@MicronautTest(transactional = false)
class ComplaintsDemoDataIT {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final String NOW = "2026-06-30T10:00";
    static final String DEMO = "c.idempotency_scope = 'history' AND c.idempotency_key LIKE 'demo-complaint:%'";

    final MovableClock clock = MovableClock.at(NOW);

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    DemoData demoData;
    @Inject
    ComplaintsDemoData complaints;
    @Inject
    ComplaintHistory history;
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

    DemoContext context;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(NOW);
        demoData.load(); // the directory, the staff accounts (and the short test history, removed next)
        removeDemoComplaints();
        Unit province = fixtures.province();
        context = new DemoContext(province, new Actor(Actor.Kind.USER, 0, "test", Role.ADMIN, province.id(), null),
                clock, DemoData.SEED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_year_of_cases_in_every_state_with_a_true_history_and_figures_for_the_province() throws Exception {
        ComplaintsDemoData.Outcome outcome = complaints.generate(context, FROM, clock.instant(), 1.0);
        assertThat(outcome.millis()).as("a year in seconds").isLessThan(30_000);
        long cases = count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO);
        assertThat(cases).isEqualTo(outcome.cases()).isEqualTo(history.count(ComplaintsDemoData.KEY_PREFIX)).isBetween(1500L, 5000L);
        assertThat(complaints.contribute(context)).contains("already loaded");
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO)).isEqualTo(cases);

        Map<String, Long> status = groups("SELECT c.status, COUNT(*) FROM complaints c WHERE " + DEMO + " GROUP BY c.status");
        assertThat(status.get("CLOSED")).isGreaterThan(cases / 4);
        assertThat(status.get("ANSWERED")).isGreaterThan(cases / 10);
        assertThat(status).containsKeys("RECEIVED", "ACCEPTED", "IN_PROGRESS", "WAITING_FOR_CITIZEN", "REJECTED");
        assertThat(groups("SELECT c.kind, COUNT(*) FROM complaints c WHERE " + DEMO + " GROUP BY c.kind"))
                .containsKeys("PHAN_ANH", "KIEN_NGHI", "KHIEU_NAI", "TO_CAO");
        assertThat(groups("SELECT c.channel, COUNT(*) FROM complaints c WHERE " + DEMO + " GROUP BY c.channel"))
                .containsKeys("WEB", "KIOSK", "COUNTER", "PHONE", "PAPER");
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND c.reopen_count > 0")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND c.citizen_verdict = 'SATISFIED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND c.citizen_verdict = 'UNSATISFIED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND c.extensions > 0 AND c.kind = 'TO_CAO'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND c.extensions > 0 AND c.kind <> 'TO_CAO'"))
                .as("only denunciations may be extended").isZero();
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND c.info_requests > 1")).isPositive();
        long overdue = count("SELECT COUNT(DISTINCT c.id) FROM complaints c JOIN complaint_steps s ON s.complaint_id = c.id"
                + " WHERE " + DEMO + " AND s.ended_at IS NULL AND s.paused_at IS NULL AND s.step IN ('ACCEPT', 'ANSWER')"
                + " AND s.due_at < '2026-06-30 03:00:00'");
        assertThat(overdue).as("some overdue now, not most").isPositive().isLessThan(cases / 10);

        // the history is true: every trail starts with the filing at receipt, in order, nothing after now
        assertThat(count("SELECT COUNT(*) FROM complaints c JOIN complaint_events e ON e.complaint_id = c.id AND e.seq = 1"
                + " WHERE " + DEMO + " AND (e.type <> 'FILE' OR e.at <> c.received_at)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM complaint_events a JOIN complaint_events b ON b.complaint_id = a.complaint_id"
                + " AND b.seq = a.seq + 1 JOIN complaints c ON c.id = a.complaint_id WHERE " + DEMO + " AND b.at < a.at"))
                .as("events out of time order").isZero();
        assertThat(count("SELECT COUNT(*) FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id WHERE " + DEMO
                + " AND e.at > '2026-06-30 03:00:00'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND c.received_at < '2025-06-30 17:00:00'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id WHERE " + DEMO))
                .isEqualTo(outcome.events());

        // Phường Thuận Hóa: the demo handler has open work, and some of it waits to be assigned
        String thuanHoa = "c.handling_unit_id = (SELECT id FROM units WHERE code = '" + ComplaintsDemoData.THUAN_HOA + "')";
        String open = " AND c.status NOT IN ('ANSWERED', 'CLOSED', 'REJECTED')";
        assertThat(count("SELECT COUNT(*) FROM complaints c JOIN users u ON u.id = c.assignee_user_id WHERE " + DEMO
                + " AND " + thuanHoa + open + " AND u.username = '" + ComplaintsDemoData.HANDLER + "'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM complaints c WHERE " + DEMO + " AND " + thuanHoa + open
                + " AND c.assignee_user_id IS NULL")).isPositive();

        Api api = new Api(server);
        String admin = fixtures.token(Role.PROVINCE_MANAGER, fixtures.province());
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=46&from=" + FROM + "&to=2026-06-30", admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Map<String, Object> figures = (Map<String, Object>) json.readValue(r.body(), Map.class).get("complaints");
        assertThat(((Number) figures.get("received")).longValue()).isGreaterThanOrEqualTo(cases);
        assertThat(((Number) figures.get("overdueNow")).longValue()).isPositive();
        assertThat(((Number) figures.get("lateWithExtension")).longValue()).isPositive();
        assertThat(((Number) figures.get("lateWithoutExtension")).longValue()).isPositive();
        for (String share : new String[] {"onTimePct", "satisfiedPct", "paknOnTimePct", "paknSatisfactionPct"}) {
            assertThat(figures.get(share)).as(share).isNotNull();
        }
        assertThat(((Number) figures.get("onTimePct")).doubleValue()).as("most on time").isBetween(70.0, 95.0);
        assertThat(((Number) figures.get("satisfiedPct")).doubleValue()).isBetween(40.0, 90.0);
    }

    private void removeDemoComplaints() throws Exception {
        try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement()) {
            String ids = "SELECT id FROM complaints WHERE idempotency_scope = 'history' AND idempotency_key LIKE 'demo-complaint:%'";
            st.executeUpdate("DELETE FROM complaint_events WHERE complaint_id IN (" + ids + ")");
            st.executeUpdate("DELETE FROM complaint_steps WHERE complaint_id IN (" + ids + ")");
            st.executeUpdate("DELETE FROM complaints WHERE idempotency_scope = 'history' AND idempotency_key LIKE 'demo-complaint:%'");
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Long> groups(String sql) throws Exception {
        Map<String, Long> result = new HashMap<>();
        try (Connection c = resolver.resolve(contextual).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }
}
