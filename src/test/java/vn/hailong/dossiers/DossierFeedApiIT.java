package vn.hailong.dossiers;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;
import static vn.hailong.support.Fixtures.unique;

/** product.md §4.5 through HTTP: the feed's upsert, its checks, its scope, and never moving a dossier backwards. */
@MicronautTest(transactional = false)
class DossierFeedApiIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    Clock clock;
    @Inject
    Dossiers dossiers;
    @Inject
    PhoneIndex phones;
    @Inject
    ReturnedDossiersHeard heard;

    Api api;
    RatingWorld w;
    String feed;
    String code;
    String receivedAt;
    String appointmentAt;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        feed = fixtures.token(Role.INTEGRATION, w.unit);
        code = unique("000.00.12.H57-261122");
        receivedAt = at(Duration.ofDays(3));
        appointmentAt = at(Duration.ofHours(-48));
    }

    String at(Duration ago) {
        return OffsetDateTime.ofInstant(clock.instant().minus(ago).truncatedTo(ChronoUnit.SECONDS), ClockFactory.VIETNAM)
                .toString();
    }

    String body(String extra) {
        return """
                {"procedureCode":"%s","unitCode":"%s","officerCode":"%s","citizenPhone":"0912 345 678",
                 "receivedAt":"%s","appointmentAt":"%s"%s}""".formatted(w.procedure, w.unit.code(), w.officer,
                receivedAt, appointmentAt, extra);
    }

    String finished() {
        return ",\"finishedAt\":\"" + at(Duration.ofHours(5)) + "\"";
    }

    String returned() {
        return finished() + ",\"returnedAt\":\"" + at(Duration.ofHours(1)) + "\"";
    }

    Api.Response put(String token, String json) {
        return api.put("/api/v1/dossiers/" + code, token, json);
    }

    static void assertProblem(Api.Response r, int status, String... fields) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        for (String f : fields) {
            assertThat(r.body()).contains("\"field\":\"" + f + "\"");
        }
    }

    String column(String name) {
        return sql.column("SELECT " + name + " FROM dossiers WHERE code = ?", code).get(0);
    }

    @Test
    void a_new_dossier_is_created_with_its_phone_encrypted_and_the_same_report_again_changes_nothing() {
        Api.Response created = put(feed, body(",\"channel\":\"TRUC_TIEP\""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(field(created.body(), "code")).isEqualTo(code);
        assertThat(field(created.body(), "state")).isEqualTo("IN_PROGRESS");
        assertThat(field(created.body(), "citizenPhone")).isEqualTo("+8491*****78");
        assertThat(created.body()).doesNotContain("912345678");

        PhoneNumber phone = PhoneNumber.parse("0912345678");
        assertThat(column("citizen_phone_index")).isEqualTo(phones.of(phone));
        assertThat(column("HEX(citizen_phone)")).doesNotContain("912345678");
        String updatedAt = column("updated_at");

        Api.Response again = put(feed, body(",\"channel\":\"TRUC_TIEP\""));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(column("updated_at")).isEqualTo(updatedAt);
        assertThat(sql.column("SELECT COUNT(*) FROM dossiers WHERE code = ?", code)).containsExactly("1");

        Dossier d = dossiers.byCode(code).orElseThrow();
        assertThat(d.phone()).isEqualTo(phone);
        assertThat(d.unitId()).isEqualTo(w.unit.id());
        assertThat(d.officerId()).isNotNull();
        assertThat(d.counterId()).as("the officer's counter").isNotNull();
        assertThat(d.channel()).isEqualTo("TRUC_TIEP");
        assertThat(dossiers.byId(d.id())).contains(d);
        assertThat(dossiers.byCode("NO-SUCH-DOSSIER")).isEmpty();
    }

    @Test
    void the_first_return_publishes_one_event_and_no_repeat_or_older_report_undoes_it() {
        assertThat(put(feed, body("")).status()).isEqualTo(201);
        assertThat(put(feed, body(finished())).status()).isEqualTo(200);
        assertThat(heard.of(code)).isEmpty();

        Api.Response returned = put(feed, body(returned()));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(field(returned.body(), "state")).isEqualTo("RETURNED");
        assertThat(heard.of(code)).hasSize(1);
        DossierReturned event = heard.of(code).get(0);
        assertThat(event.phone()).isEqualTo(PhoneNumber.parse("0912345678"));
        assertThat(event.unitId()).isEqualTo(w.unit.id());
        String returnedAt = column("returned_at");
        String finishedAt = column("finished_at");

        // the feed repeats itself, then an old report (before the result) arrives late
        assertThat(put(feed, body(returned())).status()).isEqualTo(200);
        Api.Response old = put(feed, body(""));
        assertThat(old.status()).isEqualTo(200);
        assertThat(field(old.body(), "state")).isEqualTo("RETURNED");
        assertThat(column("returned_at")).isEqualTo(returnedAt);
        assertThat(column("finished_at")).isEqualTo(finishedAt);
        // a report with other times does not move the stored ones either
        String moved = ",\"finishedAt\":\"" + at(Duration.ofHours(4)) + "\",\"returnedAt\":\"" + at(Duration.ofMinutes(10)) + "\"";
        assertThat(put(feed, body(moved)).status()).isEqualTo(200);
        assertThat(column("returned_at")).isEqualTo(returnedAt);
        assertThat(heard.of(code)).hasSize(1);
    }

    @Test
    void a_dossier_returned_in_its_first_report_publishes_the_event_once() {
        assertThat(put(feed, body(returned())).status()).isEqualTo(201);
        assertThat(put(feed, body(returned())).status()).isEqualTo(200);
        assertThat(heard.of(code)).hasSize(1);
    }

    @Test
    void a_report_that_cannot_be_used_gets_a_problem_naming_each_field() {
        assertProblem(put(feed, """
                {"procedureCode":"NO-SUCH","unitCode":"%s","officerCode":"NO-SUCH","counterCode":"NO-SUCH",
                 "receivedAt":"%s","appointmentAt":"%s","channel":"FAX"}""".formatted(w.unit.code(),
                at(Duration.ofDays(1)), at(Duration.ofHours(-5)))), 400, "procedureCode", "officerCode", "counterCode",
                "channel");
        assertProblem(put(feed, body("").replace(w.unit.code(), "NO-SUCH-UNIT")), 400, "unitCode");
        assertProblem(put(feed, "{}"), 400, "unitCode", "procedureCode", "receivedAt", "appointmentAt");

        Api.Response phone = put(feed, body("").replace("0912 345 678", "0234 3822 123"));
        assertProblem(phone, 400, "citizenPhone");
        assertThat(phone.body()).contains("Số điện thoại di động không hợp lệ");
        Api.Response english = api.send("PUT", "/api/v1/dossiers/" + code, feed,
                body("").replace("0912 345 678", "+1 202 555 0100"), Map.of("Accept-Language", "en"));
        assertProblem(english, 400, "citizenPhone");
        assertThat(english.body()).doesNotContain("Chỉ nhận");

        String appointmentFirst = body("").replace(appointmentAt, at(Duration.ofDays(4)));
        assertProblem(put(feed, appointmentFirst), 400, "appointmentAt");
        assertProblem(put(feed, body(",\"returnedAt\":\"" + at(Duration.ofDays(5)) + "\"")), 400, "returnedAt");
        assertProblem(put(feed, body(",\"finishedAt\":\"" + at(Duration.ofHours(1)) + "\",\"returnedAt\":\""
                + at(Duration.ofHours(2)) + "\"")), 400, "returnedAt");
        assertProblem(put(feed, body(",\"finishedAt\":\"" + at(Duration.ofHours(-2)) + "\"")), 400, "finishedAt");
        // a few minutes of clock difference are allowed
        assertThat(put(feed, body(",\"finishedAt\":\"" + at(Duration.ofMinutes(-2)) + "\"")).status()).isEqualTo(201);

        assertProblem(put(feed, body(",\"priority\":1")), 400);
        assertProblem(api.put("/api/v1/dossiers/has%20space", feed, body("")), 400, "code");
        assertThat(sql.column("SELECT COUNT(*) FROM dossiers WHERE code = ?", code)).containsExactly("1");
    }

    @Test
    void a_token_of_a_sibling_unit_may_neither_create_nor_touch_a_dossier_and_none_moves_one_out_of_its_scope() {
        Unit sibling = fixtures.commune("Xã bên cạnh " + unique("n"));
        String siblingFeed = fixtures.token(Role.INTEGRATION, sibling);
        assertProblem(put(siblingFeed, body("")), 403);
        assertThat(sql.column("SELECT COUNT(*) FROM dossiers WHERE code = ?", code)).containsExactly("0");

        assertThat(put(feed, body("")).status()).isEqualTo(201);
        // the sibling's token names its own unit, but the dossier is not its to take over
        String intoSibling = """
                {"procedureCode":"%s","unitCode":"%s","receivedAt":"%s","appointmentAt":"%s"}""".formatted(
                w.procedure, sibling.code(), receivedAt, appointmentAt);
        assertProblem(put(siblingFeed, intoSibling), 403);
        // nor may this unit's token move its dossier to the sibling
        assertProblem(put(feed, intoSibling), 403);
        assertThat(column("unit_id")).isEqualTo(Long.toString(w.unit.id()));

        // a province-wide admin token may
        assertThat(put(w.admin, intoSibling).status()).isEqualTo(200);
        assertThat(column("unit_id")).isEqualTo(Long.toString(sibling.id()));

        assertThat(put(null, body("")).status()).isEqualTo(401);
        assertThat(put(fixtures.token(Role.UNIT_MANAGER, w.unit), body("")).status()).isEqualTo(403);
        assertThat(put(w.kioskToken, body("")).status()).isEqualTo(403);
    }

    /** Found by the fuzz (PublicEndpointsFuzzIT): a year before 1 reached the database and was a 500. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"receivedAt, -0001-01-01T00:00:00Z", "receivedAt, 1969-12-31T23:59:59Z",
            "appointmentAt, +999999999-12-31T23:59:59Z", "appointmentAt, 2200-01-02T00:00:00+07:00"})
    void times_outside_the_plausible_years_are_400_problems_and_store_nothing(String field, String time) {
        String json = body("").replace(field.equals("receivedAt") ? receivedAt : appointmentAt, time);
        assertProblem(put(feed, json), 400, field);
        assertThat(sql.column("SELECT COUNT(*) FROM dossiers WHERE code = ?", code)).containsExactly("0");
    }

    @Test
    void after_an_apology_the_feed_may_move_the_appointment_only_later() {
        assertThat(put(feed, body("")).status()).isEqualTo(201);
        // the apology (another feature) re-schedules: the new date in appointment_at, the first kept aside
        sql.update("UPDATE dossiers SET original_appointment_at = appointment_at,"
                + " appointment_at = DATE_ADD(appointment_at, INTERVAL 3 DAY) WHERE code = ?", code);
        String newDate = column("appointment_at");
        String original = column("original_appointment_at");

        assertThat(put(feed, body("")).status()).isEqualTo(200);
        assertThat(column("appointment_at")).isEqualTo(newDate);
        String weekLater = at(Duration.ofDays(-7));
        assertThat(put(feed, body("").replace(appointmentAt, weekLater)).status()).isEqualTo(200);
        assertThat(dossiers.byCode(code).orElseThrow().appointmentAt())
                .isEqualTo(OffsetDateTime.parse(weekLater).toInstant());
        assertThat(column("original_appointment_at")).isEqualTo(original);
    }

    @Test
    void parallel_reports_of_one_new_dossier_store_one_row_and_one_event() throws Exception {
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        String json = body(returned());
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Api.Response> call = () -> {
                    start.await();
                    return put(feed, json);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> f : answers) {
                Api.Response r = f.get();
                assertThat(r.status()).as(r.body()).isIn(200, 201);
                statuses.add(r.status());
            }
            assertThat(statuses).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sql.column("SELECT COUNT(*) FROM dossiers WHERE code = ?", code)).containsExactly("1");
        assertThat(heard.of(code)).hasSize(1);
    }
}
