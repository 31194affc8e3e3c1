package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.calendar.Calendars;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * A stolen kiosk token (issue 8 §2) and the shortest genuine kiosk flow (issue 7 §9): the kiosk limits are counted
 * on what the server sees, late ratings must fit what the server knows of the kiosk and the centre, and what does
 * not fit is stored flagged, never dropped.
 */
@MicronautTest(transactional = false)
class KioskTokenAbuseIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    Calendars calendars;
    @Inject
    Clock clock;

    Api api;
    RatingWorld w;
    long kioskId;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        kioskId = Long.parseLong(sql.column("SELECT id FROM kiosks WHERE code = ?", w.kioskCode).get(0));
    }

    Api.Response rate(String json) {
        Api.Response r = api.send("POST", "/api/v1/ratings", w.kioskToken, json, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    Api.Response rateAt(Instant at, int score) {
        return rate("{\"score\":" + score + ",\"officerCode\":\"" + w.officer + "\",\"submittedAt\":\""
                + OffsetDateTime.ofInstant(at, ClockFactory.VIETNAM) + "\"}");
    }

    static boolean flagged(Api.Response r) {
        return r.body().contains("\"flagged\":true");
    }

    /** The officer's counted ratings over the last four days, by the public metrics API. */
    String officerFigures() {
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        Api.Response r = api.get("/api/v1/metrics/satisfaction?unitCode=" + w.unit.code() + "&from=" + today.minusDays(4)
                + "&to=" + today + "&groupBy=officer", w.admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** The latest instant at least {@code before} ago that lies in the unit's office hours, within the last 3 days. */
    Instant officeHoursAgo(Duration before) {
        Instant t = clock.instant().minus(before).truncatedTo(ChronoUnit.MINUTES);
        Instant limit = clock.instant().minus(Duration.ofDays(3)).plus(Duration.ofHours(1));
        while (t.isAfter(limit)) {
            if (calendars.isOfficeHours(w.unit.id(), t) && calendars.isOfficeHours(w.unit.id(), t.minus(Duration.ofMinutes(10)))) {
                return t.minus(Duration.ofMinutes(5));
            }
            t = t.minus(Duration.ofMinutes(15));
        }
        Assumptions.abort("no office hours within the last three days (a long holiday)");
        return null;
    }

    void heardFrom(Instant from, Instant to) {
        sql.update("INSERT INTO kiosk_contacts (kiosk_id, from_at, to_at, heartbeats) VALUES (?, ?, ?, 0)",
                kioskId, java.sql.Timestamp.valueOf(from.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime()),
                java.sql.Timestamp.valueOf(to.atOffset(java.time.ZoneOffset.UTC).toLocalDateTime()));
    }

    @Test
    void sixty_back_dated_night_ratings_of_a_stolen_token_are_all_stored_flagged_and_leave_the_officer_figure_alone() {
        // issue 8 §2 (a), the reported recipe: 60 ratings dated 23:00 some nights ago, 25 s apart, all score 1. Two
        // nights, not the recipe's three: after 23:00 local a night three days back is past lateMaxAge (LONG_DELAYED).
        Instant night = LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).minusDays(2).atTime(23, 0)
                .atZone(ClockFactory.VIETNAM).toInstant();
        List<Api.Response> stored = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            stored.add(rateAt(night.plusSeconds(25L * i), 1));
        }
        assertThat(stored).allMatch(KioskTokenAbuseIT::flagged);
        assertThat(sql.column("SELECT DISTINCT flag_reason FROM ratings WHERE kiosk_id = ?", kioskId))
                .containsExactly("OUTSIDE_OFFICE_HOURS");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE kiosk_id = ?", kioskId)).containsExactly("60");
        assertThat(officerFigures()).contains("\"n\":0").doesNotContain(w.officer);
    }

    @Test
    void a_back_dated_rating_claiming_a_time_when_the_server_heard_from_the_kiosk_is_flagged() {
        Instant t = officeHoursAgo(Duration.ofHours(1));
        heardFrom(t.minus(Duration.ofMinutes(30)), t.plus(Duration.ofMinutes(30)));
        Api.Response r = rateAt(t, 1);
        assertThat(flagged(r)).as(r.body()).isTrue();
        assertThat(sql.column("SELECT flag_reason FROM ratings WHERE id = ?", field(r.body(), "id")))
                .containsExactly("KIOSK_WAS_ONLINE");
    }

    @Test
    void a_late_rating_from_a_kiosk_that_has_long_been_back_online_is_flagged() {
        Instant t = officeHoursAgo(Duration.ofHours(2));
        heardFrom(t.plus(Duration.ofMinutes(10)), clock.instant());
        Api.Response r = rateAt(t, 1);
        assertThat(sql.column("SELECT flag_reason FROM ratings WHERE id = ?", field(r.body(), "id")))
                .containsExactly("KIOSK_WAS_ONLINE");
    }

    @Test
    void an_outbox_flushed_after_a_real_outage_in_office_hours_counts_and_is_spaced_on_its_claimed_times() {
        Instant t = officeHoursAgo(Duration.ofMinutes(40));
        heardFrom(t.minus(Duration.ofHours(1)), t.minus(Duration.ofMinutes(20)));
        // the kiosk is heard from again now and sends what it queued during the outage
        Api.Response first = rateAt(t, 5);
        Api.Response second = rateAt(t.plusSeconds(40), 4);
        Api.Response tooClose = rateAt(t.plusSeconds(42), 1);
        assertThat(flagged(first)).as(first.body()).isFalse();
        assertThat(flagged(second)).as(second.body()).isFalse();
        assertThat(sql.column("SELECT flag_reason FROM ratings WHERE id = ?", field(tooClose.body(), "id")))
                .containsExactly("TOO_FAST");
    }

    @Test
    void a_flood_of_live_ratings_is_paced_on_the_servers_clock_whatever_times_it_claims() {
        // 20 ratings sent back to back, each claiming to be 25 s after the one before, ending in the future
        Instant start = clock.instant().minus(Duration.ofMinutes(4));
        int counted = 0;
        for (int i = 0; i < 20; i++) {
            if (!flagged(rateAt(start.plusSeconds(25L * i), 1))) {
                counted++;
            }
        }
        // claimed times are believed only as far as the server's clock allows: at most the 4 minutes' worth that
        // had passed (one per 25 s, about 10), then everything is counted at its receipt, back to back: too fast
        assertThat(counted).isBetween(9, 12);
    }

    @Test
    void the_shortest_genuine_kiosk_flow_seven_seconds_apart_counts_every_rating() {
        // tap a face, skip the questions, 6 s thank-you screen, tap begin and a face: 7 s between two citizens
        Instant start = clock.instant().minus(Duration.ofMinutes(2));
        List<Api.Response> hall = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            hall.add(rateAt(start.plusSeconds(7L * i), 5));
        }
        assertThat(hall).noneMatch(KioskTokenAbuseIT::flagged);
        // closer than the thank-you screen allows is still flagged
        assertThat(flagged(rateAt(start.plusSeconds(7L * 6 + 3), 5))).isTrue();
    }
}
