package vn.hailong.metrics;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.dossiers.DossierCounts;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.Fixtures.unique;

/**
 * The dossier denominators on a known set: five dossiers returned in the last days (one late, one rated 5, one rated
 * 2, one a complaint names, one untouched) and one still open. Rated 2 of 5 (40%); QĐ 766 dossier satisfaction
 * (5 − late, unhappy or complained about) / 5 = 40%.
 */
@MicronautTest(transactional = false)
class DossierFiguresIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Clock clock;
    @Inject
    DossierFigures figures;
    @Inject
    Qd766Figures qd766;

    Api api;
    RatingWorld w;
    String feed;
    String prefix;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        feed = fixtures.token(Role.INTEGRATION, w.unit);
        prefix = unique("HS");
        to = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        from = to.minusDays(10);
        returned(prefix + "-1", true, false);
        returned(prefix + "-2", true, false);
        returned(prefix + "-3", true, true);
        returned(prefix + "-4", false, false);
        returned(prefix + "-5", false, false);
        ok(api.put("/api/v1/dossiers/" + prefix + "-6", feed, """
                {"procedureCode":"%s","unitCode":"%s","receivedAt":"%s","appointmentAt":"%s"}""".formatted(
                w.procedure, w.unit.code(), at(Duration.ofDays(1)), at(Duration.ofDays(-5)))));
        rate(prefix + "-1", 5);
        rate(prefix + "-2", 2);
        ok(api.post("/api/v1/complaints", feed, """
                {"kind":"PHAN_ANH","text":"Hồ sơ bị yêu cầu bổ sung nhiều lần.","unitCode":"%s","dossierCode":"%s"}"""
                .formatted(w.unit.code(), prefix + "-4")));
    }

    String at(Duration ago) {
        return OffsetDateTime.ofInstant(clock.instant().minus(ago).truncatedTo(ChronoUnit.SECONDS), ClockFactory.VIETNAM)
                .toString();
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }

    void returned(String code, boolean withOfficer, boolean late) {
        String appointment = late ? at(Duration.ofDays(4)) : at(Duration.ofDays(2));
        ok(api.put("/api/v1/dossiers/" + code, feed, """
                {"procedureCode":"%s","unitCode":"%s"%s,"receivedAt":"%s","appointmentAt":"%s","finishedAt":"%s","returnedAt":"%s"}"""
                .formatted(w.procedure, w.unit.code(), withOfficer ? ",\"officerCode\":\"" + w.officer + "\"" : "",
                        at(Duration.ofDays(6)), appointment, at(Duration.ofDays(3)), at(Duration.ofDays(2)))));
    }

    void rate(String dossier, int score) {
        ok(api.send("POST", "/api/v1/ratings", feed, """
                {"score":%d,"channel":"COUNTER","unitCode":"%s","dossierCode":"%s","submittedAt":"%s"}""".formatted(
                score, w.unit.code(), dossier, at(Duration.ofDays(1))), Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    @Test
    void counts_the_returned_dossiers_in_total_by_officer_and_by_procedure_and_fills_the_qd766_indicator() {
        Actor admin = new Actor(Actor.Kind.TOKEN, 0, "test", Role.ADMIN, fixtures.province().id(), null);
        DossierRates total = figures.total(admin, w.unit.code(), from, to);
        assertThat(total).isEqualTo(new DossierRates(null, 5, 2, 1, 3));
        assertThat(total.ratedPct()).isEqualTo(40.0);
        assertThat(total.qd766SatisfactionPct()).isEqualTo(40.0);

        List<DossierRates> byOfficer = figures.groups(admin, w.unit.code(), from, to, DossierCounts.By.OFFICER);
        assertThat(byOfficer).extracting(DossierRates::returned).containsExactlyInAnyOrder(2L, 3L);
        assertThat(byOfficer.stream().filter(r -> r.id() != null).findFirst().orElseThrow().rated()).isEqualTo(2);
        assertThat(figures.groups(admin, w.unit.code(), from, to, DossierCounts.By.PROCEDURE))
                .extracting(DossierRates::returned).containsExactly(5L);
        // before the period, nothing
        assertThat(figures.total(admin, w.unit.code(), from.minusYears(1), from.minusYears(1).plusDays(10)))
                .isEqualTo(DossierRates.NONE);

        Qd766.Indicator dossiers = qd766.of(admin, w.unit.code(), from, to).indicators().stream()
                .filter(i -> i.code().equals(Qd766.DOSSIER_SATISFACTION)).findFirst().orElseThrow();
        assertThat(dossiers.ratePct()).isEqualTo(40.0);
        assertThat(dossiers.points()).isEqualTo(2.67);
    }

    @Test
    void the_dashboard_shows_the_share_of_dossiers_rated_beside_the_response_rates() {
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, w.unit, "Lãnh đạo xã");
        try (WebSession browser = new WebSession(server)) {
            browser.signIn(manager.name(), Fixtures.STAFF_PASSWORD);
            Document html = browser.get("/bao-cao?unit=" + w.unit.code() + "&period=custom&from=" + from + "&to=" + to)
                    .html();
            assertThat(html.selectFirst("[data-testid=dossiers-rated] [data-figure=value]").text()).isEqualTo("40,0%");
            assertThat(html.selectFirst("[data-testid=dossiers-rated]").text()).contains("2 trong 5 hồ sơ");
            assertThat(html.selectFirst("[data-indicator=DOSSIER_SATISFACTION]").text()).contains("40,0%");

            Document empty = browser.get("/bao-cao?unit=" + w.unit.code() + "&period=custom&from=2024-01-01&to=2024-01-31")
                    .html();
            assertThat(empty.select("[data-testid=dossiers-rated] [data-figure=none]")).hasSize(1);
        }
    }
}
