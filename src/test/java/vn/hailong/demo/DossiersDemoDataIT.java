package vn.hailong.demo;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's year of dossiers (1 July 2025 to 30 June 2026 at 10:00): late ones with and without apologies, the
 * invitations sent when dossiers were returned, the SMS and link ratings, all cut at the present moment, and
 * figures that come out of them.
 */
@MicronautTest(transactional = false)
class DossiersDemoDataIT {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final String NOW = "2026-06-30T10:00";
    static final String NOW_UTC = "'2026-06-30 03:00:00'";
    static final String DEMO = "d.code LIKE 'H57.%'";

    final MovableClock clock = MovableClock.at(NOW);

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    DemoData demoData;
    @Inject
    DossiersDemoData dossiers;
    @Inject
    Fixtures fixtures;
    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper json;
    @Inject
    Sql sql;
    @Inject
    vn.hailong.metrics.rollup.Rollups rollups;

    DemoContext context;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        demoData.load(); // the directory and the staff accounts (and the short test history, removed next)
        removeDemoDossiers();
        Unit province = fixtures.province();
        context = new DemoContext(province, new Actor(Actor.Kind.USER, 0, "test", Role.ADMIN, province.id(), null),
                clock, DemoData.SEED);
    }

    /** The test database is shared by every IT class: a year of dossier ratings left behind would count in theirs. */
    @AfterEach
    void tearDown() {
        removeDemoDossiers();
        rollups.rebuild();
    }

    private void removeDemoDossiers() {
        sql.update("DELETE FROM sms_outbox WHERE dedupe_key LIKE 'invitation:%' OR dedupe_key LIKE 'apology:%'");
        sql.update("DELETE FROM rating_invitations WHERE dossier_code LIKE 'H57.%'");
        sql.update("DELETE FROM dossier_apologies WHERE dossier_id IN (SELECT id FROM dossiers WHERE code LIKE 'H57.%')");
        sql.update("DELETE FROM dossiers WHERE code LIKE 'H57.%'");
        sql.update("DELETE FROM ratings WHERE idempotency_scope = 'history' AND idempotency_key LIKE 'demo-dossier-rating:%'");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_year_of_dossiers_with_apologies_invitations_and_sms_ratings_cut_at_now() throws Exception {
        DossiersDemoData.Outcome outcome = dossiers.generate(context, FROM, clock.instant(), 0.5);
        assertThat(outcome.millis()).as("half a year's volume in seconds").isLessThan(60_000);
        long all = sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO);
        assertThat(all).isEqualTo(outcome.dossiers() + outcome.live()).isGreaterThan(10_000);
        assertThat(outcome.live()).as("returned just now through the feed").isEqualTo(3);
        assertThat(dossiers.contribute(context)).contains("already loaded");
        assertThat(sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO)).isEqualTo(all);

        // nothing after now; recent ones still open, some of them past or near their appointment
        assertThat(sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO + " AND (d.received_at > " + NOW_UTC
                + " OR d.finished_at > " + NOW_UTC + " OR d.returned_at > " + NOW_UTC + ")")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO + " AND d.finished_at IS NULL")).isPositive();
        assertThat(sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO + " AND d.finished_at IS NULL"
                + " AND d.appointment_at < DATE_ADD(" + NOW_UTC + ", INTERVAL 2 DAY)")).as("at risk now").isPositive();
        assertThat(sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO + " AND d.returned_at < d.finished_at")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO + " AND d.appointment_at < d.received_at")).isZero();

        // late dossiers: most apologised in time, some late, some never; an apology moved the appointment once
        long apologies = sql.count("SELECT COUNT(*) FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE " + DEMO);
        assertThat(apologies).isEqualTo(outcome.apologies()).isPositive();
        assertThat(sql.count("SELECT COUNT(*) FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE "
                + DEMO + " AND a.late")).isPositive().isLessThan(apologies / 2);
        assertThat(sql.count("SELECT COUNT(*) FROM dossier_apologies a JOIN dossiers d ON d.id = a.dossier_id WHERE "
                + DEMO + " AND (d.original_appointment_at <> a.previous_appointment_at OR d.appointment_at <> a.new_appointment_at"
                + " OR a.issued_at > " + NOW_UTC + " OR a.issued_at < d.received_at)")).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM dossiers d LEFT JOIN dossier_apologies a ON a.dossier_id = d.id WHERE "
                + DEMO + " AND a.id IS NULL AND d.finished_at > d.appointment_at")).as("late without apology").isPositive();

        // one invitation per returned dossier with a phone, each with its delivered SMS; about 30 % answered
        long invitations = sql.count("SELECT COUNT(*) FROM rating_invitations i WHERE i.dossier_code LIKE 'H57.%'");
        long returnedWithPhone = sql.count("SELECT COUNT(*) FROM dossiers d WHERE " + DEMO
                + " AND d.returned_at IS NOT NULL AND d.citizen_phone IS NOT NULL");
        assertThat(invitations).as("the live ones invited by the feed's event").isEqualTo(outcome.invitations() + outcome.live())
                .isBetween(returnedWithPhone * 95 / 100, returnedWithPhone);
        assertThat(sql.count("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key LIKE 'invitation:%' AND state = 'DELIVERED'"))
                .isEqualTo(outcome.invitations());
        assertThat(sql.count("SELECT COUNT(*) FROM sms_outbox o JOIN rating_invitations i ON o.dedupe_key = CONCAT('invitation:',"
                + " i.dossier_id) WHERE i.dossier_code LIKE 'H57.19789-%-900_' AND o.state <> 'DELIVERED'")).isEqualTo(3);
        long rated = sql.count("SELECT COUNT(*) FROM rating_invitations i JOIN ratings r ON r.id = i.rating_id"
                + " AND r.dossier_code = i.dossier_code WHERE i.dossier_code LIKE 'H57.%'");
        assertThat(rated).isEqualTo(outcome.ratings()).isBetween(invitations * 22 / 100, invitations * 38 / 100);
        Map<String, Long> channels = sql.groups("SELECT channel, COUNT(*) FROM ratings WHERE idempotency_scope = 'history'"
                + " AND idempotency_key LIKE 'demo-dossier-rating:%' GROUP BY channel");
        assertThat(channels.keySet()).containsExactlyInAnyOrder("SMS", "WEB");
        assertThat(channels.get("SMS")).isGreaterThan(channels.get("WEB") * 2);

        // the SMS texts fit one segment
        assertThat(sql.count("SELECT COUNT(*) FROM sms_outbox WHERE (dedupe_key LIKE 'invitation:%' OR dedupe_key LIKE"
                + " 'apology:%') AND CHAR_LENGTH(body) > 160")).isZero();

        // and the figures: the metrics API counts the SMS channel; the share of dossiers rated is about the response
        Api api = new Api(server);
        String manager = fixtures.token(Role.PROVINCE_MANAGER, fixtures.province());
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=46&from=" + FROM + "&to=2026-06-30&groupBy=channel", manager);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var groups = (java.util.List<Map<String, Object>>) json.readValue(r.body(), Map.class).get("groups");
        assertThat(groups).extracting(g -> g.get("key")).contains("SMS", "WEB");
    }
}
