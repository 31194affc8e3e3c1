package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

@MicronautTest(transactional = false)
class RatingApiIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Clock clock;

    Api api;
    RatingWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    Api.Response rate(String token, String key, String json) {
        return api.send("POST", "/api/v1/ratings", token, json, key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    String at(long minutesAgo) {
        return OffsetDateTime.ofInstant(clock.instant().minus(minutesAgo, ChronoUnit.MINUTES), ClockFactory.VIETNAM)
                .truncatedTo(ChronoUnit.SECONDS).toString();
    }

    String today() {
        return LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).toString();
    }

    long n(String from, String to) {
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + w.unit.code() + "&from=" + from + "&to=" + to, w.admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Long.parseLong(field(r.body(), "n"));
    }

    static void assertProblem(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"detail\"");
    }

    @Test
    void a_kiosk_rating_is_stored_once_and_a_replay_returns_the_same_id() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"score":5,"channel":"KIOSK","officerCode":"%s","submittedAt":"%s"}""".formatted(w.officer, at(1));
        Api.Response first = rate(w.kioskToken, key, body);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Response again = rate(w.kioskToken, key, body);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(field(again.body(), "id")).isEqualTo(field(first.body(), "id"));
        assertThat(n(today(), today())).isEqualTo(1);
    }

    @Test
    void the_same_key_with_a_different_body_is_a_conflict() {
        String key = UUID.randomUUID().toString();
        assertThat(rate(w.kioskToken, key, "{\"score\":4}").status()).isEqualTo(201);
        assertProblem(rate(w.kioskToken, key, "{\"score\":2}"), 409);
    }

    @Test
    void a_missing_idempotency_key_is_refused() {
        assertProblem(rate(w.kioskToken, null, "{\"score\":4}"), 400);
    }

    @Test
    void bad_input_gets_a_problem_that_says_what_is_wrong() {
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":0}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":6}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"officerCode\":\"NO-SUCH-OFFICER\"}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"counterCode\":\"NO-SUCH\"}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"procedureCode\":\"NO-SUCH\"}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"rating\":5}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"answers\":{\"NO-SUCH\":5}}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"answers\":{\"S17-10\":9}}"), 400);
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"reasons\":[\"BORED\"]}"), 400);
        String future = OffsetDateTime.ofInstant(clock.instant().plus(1, ChronoUnit.HOURS), ZoneOffset.UTC).toString();
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"submittedAt\":\"" + future + "\"}"), 400);
        assertThat(n(today(), today())).isZero();
    }

    @Test
    void wrong_or_missing_tokens_are_refused() {
        String body = "{\"score\":4,\"channel\":\"COUNTER\",\"unitCode\":\"" + w.unit.code() + "\"}";
        assertThat(rate(null, UUID.randomUUID().toString(), body).status()).isEqualTo(401);
        assertThat(rate("hl_not-a-real-token", UUID.randomUUID().toString(), body).status()).isEqualTo(401);
        assertThat(rate(fixtures.token(Role.HANDLER, w.unit), UUID.randomUUID().toString(), body).status()).isEqualTo(403);
        assertThat(rate(fixtures.token(Role.UNIT_MANAGER, w.unit), UUID.randomUUID().toString(), body).status()).isEqualTo(403);
        // an integration token of another commune may not rate this one
        String other = fixtures.token(Role.INTEGRATION, fixtures.commune("Xã khác"));
        assertProblem(rate(other, UUID.randomUUID().toString(), body), 403);
        // a kiosk may not rate another unit
        String elsewhere = fixtures.commune("Xã bên cạnh").code();
        assertProblem(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"unitCode\":\"" + elsewhere + "\"}"), 403);
        assertThat(rate(fixtures.token(Role.INTEGRATION, w.unit), UUID.randomUUID().toString(), body).status()).isEqualTo(201);
    }

    @Test
    void a_rating_counts_on_the_local_date_it_was_made_even_when_it_arrives_later() {
        // 23:30 in Hanoi on the 1st is 16:30 UTC; it counts on the 1st local date, whenever it arrives
        LocalDate day = LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).minusDays(20);
        String lateEvening = day.atTime(23, 30).atOffset(ZoneOffset.ofHours(7)).toString();
        String earlyNextUtc = day.plusDays(1).atTime(0, 30).atOffset(ZoneOffset.ofHours(7)).withOffsetSameInstant(ZoneOffset.UTC).toString();
        // an integration's ratings (a kiosk's this late would be flagged: the centre is closed at these hours)
        String integration = fixtures.token(Role.INTEGRATION, w.unit);
        String unit = ",\"channel\":\"WEB\",\"unitCode\":\"" + w.unit.code() + "\"";
        assertThat(rate(integration, UUID.randomUUID().toString(), "{\"score\":2,\"submittedAt\":\"" + lateEvening + "\"" + unit + "}").status()).isEqualTo(201);
        assertThat(rate(integration, UUID.randomUUID().toString(), "{\"score\":5,\"submittedAt\":\"" + earlyNextUtc + "\"" + unit + "}").status()).isEqualTo(201);
        assertThat(n(day.toString(), day.toString())).isEqualTo(1);
        assertThat(n(day.plusDays(1).toString(), day.plusDays(1).toString())).isEqualTo(1);
        Api.Response both = api.get("/api/v1/metrics/satisfaction?unitCode=" + w.unit.code() + "&from=" + day + "&to=" + day.plusDays(1), w.admin);
        assertThat(both.body()).contains("\"n\":2").contains("\"satisfiedPct\":50.0");
    }

    @Test
    void a_second_rating_of_the_same_served_citizen_is_kept_but_flagged_until_released() {
        String integration = fixtures.token(Role.INTEGRATION, w.unit);
        Api.Response tx = api.post("/api/v1/counters/" + w.counter + "/transactions", integration, "{\"ticket\":\"A-017\"}");
        assertThat(tx.status()).as(tx.body()).isEqualTo(201);
        Api.Response first = rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":5}");
        Api.Response second = rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":1}");
        assertThat(first.body()).contains("\"flagged\":false");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).contains("\"flagged\":true");
        assertThat(n(today(), today())).isEqualTo(1);
        assertThat(api.post("/api/v1/ratings/" + field(second.body(), "id") + "/release", w.admin, "").status()).isEqualTo(204);
        assertThat(n(today(), today())).isEqualTo(2);
    }

    @Test
    void kiosk_ratings_without_a_transaction_that_come_too_fast_are_flagged() {
        String t = at(3);
        Api.Response first = rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":5,\"submittedAt\":\"" + t + "\"}");
        Api.Response second = rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":5,\"submittedAt\":\"" + t + "\"}");
        Api.Response later = rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"submittedAt\":\"" + at(1) + "\"}");
        assertThat(first.body()).contains("\"flagged\":false");
        assertThat(second.body()).contains("\"flagged\":true");
        assertThat(later.body()).contains("\"flagged\":false");
        assertThat(n(today(), today())).isEqualTo(2);
    }

    @Test
    void answers_reasons_and_comment_are_accepted_with_the_overall_score() {
        Api.Response r = rate(w.kioskToken, UUID.randomUUID().toString(), """
                {"score":2,"channel":"KIOSK","counterCode":"%s","officerCode":"%s","procedureCode":"%s","dossierCode":"H56.22-261122-0001",
                 "answers":{"S17-10":2,"S17-13":3},"reasons":["WAITING","ATTITUDE"],"comment":"Chờ hơn một tiếng 😞"}"""
                .formatted(w.counter, w.officer, w.procedure));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void an_admin_imports_history_of_any_age_but_others_may_not() {
        String old = "2019-03-04T10:00:00+07:00";
        String body = "{\"score\":4,\"channel\":\"IMPORT\",\"unitCode\":\"" + w.unit.code() + "\",\"submittedAt\":\"" + old + "\"}";
        assertThat(rate(w.admin, UUID.randomUUID().toString(), body).status()).isEqualTo(201);
        assertThat(rate(w.kioskToken, UUID.randomUUID().toString(), "{\"score\":4,\"channel\":\"IMPORT\"}").status()).isEqualTo(400);
        assertThat(n("2019-03-04", "2019-03-04")).isEqualTo(1);
    }

    @Test
    void the_active_instrument_is_sipas_2017_with_five_elements_and_22_criteria() {
        Api.Response r = api.get("/api/v1/criteria", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("\"instrument\":\"SIPAS-2017\"").contains("S17-E5").contains("S17-22")
                .contains("Công chức có thái độ giao tiếp lịch sự");
        assertThat(r.body().split("\"code\":\"S17-\\d\\d\"").length - 1).isEqualTo(22);
    }

    @Test
    void metrics_are_scoped_to_the_callers_units() {
        String otherManager = fixtures.token(Role.UNIT_MANAGER, fixtures.commune("Xã xa"));
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + w.unit.code() + "&from=2026-01-01&to=2026-12-31", otherManager);
        assertThat(r.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/metrics/satisfaction?unitCode=" + w.unit.code() + "&from=2026-01-01&to=2026-12-31", w.kioskToken).status())
                .isEqualTo(403);
    }
}
