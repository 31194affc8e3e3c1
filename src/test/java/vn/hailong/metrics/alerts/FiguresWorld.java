package vn.hailong.metrics.alerts;

import vn.hailong.feedback.Channel;
import vn.hailong.feedback.HistoricRating;
import vn.hailong.feedback.RatingHistory;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.Fixtures.unique;

/**
 * A directory of its own for figure tests: a sector with one procedure, a counter and an officer at a unit, made
 * through the API; ratings of the past loaded in bulk ({@link RatingHistory}) on a day chosen by the test.
 */
final class FiguresWorld {

    final String sector = unique("S");
    final String procedure = unique("P");
    final String counter = unique("Q");
    final String officer = unique("CB");
    final long sectorId;
    final long procedureId;
    final long counterId;
    final long officerId;
    private final RatingHistory history;
    private final String keys = unique("fw");
    private final List<HistoricRating> pending = new ArrayList<>();
    /** Each world rates in its own span of seconds: historic rating ids are made of their times. */
    private static final java.util.concurrent.atomic.AtomicLong SPANS = new java.util.concurrent.atomic.AtomicLong();
    private long seconds = SPANS.getAndAdd(1000);

    FiguresWorld(Fixtures fixtures, Api api, Directory directory, RatingHistory history, Unit counterUnit,
                 String officerName) {
        this.history = history;
        String admin = fixtures.token(Role.ADMIN, fixtures.province());
        ok(api.post("/api/v1/sectors", admin, """
                {"code":"%s","name":"Đất đai thử nghiệm","targetPct":90}""".formatted(sector)));
        ok(api.post("/api/v1/procedures", admin, """
                {"code":"%s","name":"Đăng ký biến động đất đai","sectorCode":"%s","processingDays":10}"""
                .formatted(procedure, sector)));
        ok(api.post("/api/v1/counters", admin, """
                {"code":"%s","name":"Quầy số 3 – Đất đai","unitCode":"%s"}""".formatted(counter, counterUnit.code())));
        ok(api.post("/api/v1/officers", admin, """
                {"code":"%s","fullName":"%s","unitCode":"%s","counterCode":"%s"}"""
                .formatted(officer, officerName, counterUnit.code(), counter)));
        sectorId = directory.sectorByCode(sector).orElseThrow().id();
        procedureId = directory.procedureByCode(procedure).orElseThrow().id();
        counterId = directory.counterByCode(counter).orElseThrow().id();
        officerId = directory.officerByCode(officer).orElseThrow().id();
    }

    /** {@code count} ratings of {@code score} at the unit on the day, at the counter with the officer if asked. */
    FiguresWorld rate(Unit unit, LocalDate day, Channel channel, int score, int count, boolean atCounter,
                      String comment) {
        for (int i = 0; i < count; i++) {
            Instant at = day.atTime(7, 0).atZone(ClockFactory.VIETNAM).toInstant().plusSeconds(seconds++);
            pending.add(new HistoricRating(keys + "-" + seconds, channel, unit.id(), score,
                    atCounter ? counterId : null, atCounter ? officerId : null, atCounter ? procedureId : null, null,
                    List.of(), comment, at, at, Map.of()));
        }
        return this;
    }

    /** Stores what was rated, in time order. */
    void store() {
        history.append(pending.iterator());
        pending.clear();
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
    }
}
