package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * Instruments by effective date: the seeded instruments, switching to SIPAS 2022 from a date, what each channel asks
 * on a date, and intake checking answers against the instrument of the rating's day. Each test puts the seeded
 * dates back (SIPAS 2017 in effect, SIPAS 2022 not in use) and the seeded lists, since other tests rely on them.
 */
@MicronautTest(transactional = false)
class InstrumentsIT {

    static final LocalDate SIPAS_2017_START = LocalDate.of(2017, 10, 10);

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Instruments instruments;
    @Inject
    Sql sql;

    Api api;
    RatingWorld w;
    Actor provinceAdmin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        provinceAdmin = fixtures.staff(Role.ADMIN, fixtures.province(), "Quản trị tỉnh");
        today = instruments.today();
    }

    @AfterEach
    void putSeedBack() {
        InstrumentSeed.restore(sql, instruments);
    }

    @Test
    void both_instruments_are_stored_with_elements_and_criteria_and_sipas_2017_is_in_effect() {
        List<Instrument> all = instruments.all(false);
        assertThat(all).extracting(Instrument::code).containsExactly("SIPAS-2017", "SIPAS-2022");
        Instrument s17 = all.get(0);
        Instrument s22 = all.get(1);
        assertThat(s17.effectiveFrom()).isEqualTo(SIPAS_2017_START);
        assertThat(s17.effectiveTo()).isNull();
        assertThat(s17.allCriteria()).hasSize(22);
        assertThat(s22.name()).isEqualTo("SIPAS 2022 (QĐ 1001/QĐ-BNV)");
        assertThat(s22.effectiveFrom()).isNull();
        assertThat(s22.elements()).extracting(Instrument.Element::code)
                .containsExactly("S22-E1", "S22-E2", "S22-E3", "S22-E4", "S22-E5");
        assertThat(s22.elements()).extracting(e -> e.criteria().size()).containsExactly(4, 4, 5, 3, 3);
        assertThat(s22.allCriteria()).extracting(Instrument.Criterion::code).first().isEqualTo("S22-C15");
        assertThat(s22.allCriteria()).extracting(Instrument.Criterion::code).last().isEqualTo("S22-C33");
        assertThat(s22.allCriteria()).extracting(Instrument.Criterion::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(15, 33).boxed().toList());
        assertThat(s22.allCriteria()).allSatisfy(c -> assertThat(c.id()).isPositive());
        assertThat(s22.criterion("S22-C23")).get().extracting(Instrument.Criterion::text)
                .isEqualTo("Công chức có thái độ giao tiếp lịch sự, tôn trọng đối với người dân");
        assertThat(instruments.byCode("SIPAS-2022", true)).get().satisfies(i -> {
            assertThat(i.name()).isEqualTo("SIPAS 2022 (Decision 1001/QĐ-BNV)");
            assertThat(i.criterion("S22-C23")).get().extracting(Instrument.Criterion::text)
                    .isEqualTo("The official was polite and respectful");
        });
        assertThat(instruments.inEffectOn(today)).get().extracting(Instrument::code).isEqualTo("SIPAS-2017");
        assertThat(instruments.inEffectOn(SIPAS_2017_START.minusDays(1))).isEmpty();
    }

    @Test
    void an_admin_switches_to_sipas_2022_from_a_date_and_2017_ends_the_day_before() {
        instruments.schedule(provinceAdmin, Map.of("SIPAS-2022", today.plusDays(30)));
        Instrument s17 = instruments.byCode("SIPAS-2017", false).orElseThrow();
        assertThat(s17.effectiveTo()).isEqualTo(today.plusDays(29));
        assertThat(instruments.inEffectOn(today.plusDays(29))).get().extracting(Instrument::code).isEqualTo("SIPAS-2017");
        assertThat(instruments.inEffectOn(today.plusDays(30))).get().extracting(Instrument::code).isEqualTo("SIPAS-2022");
        assertThat(instruments.active(false).code()).isEqualTo("SIPAS-2017");

        // moving the start again moves the end with it; leaving it blank takes SIPAS 2022 out of use
        instruments.schedule(provinceAdmin, Map.of("SIPAS-2022", today));
        assertThat(instruments.active(false).code()).isEqualTo("SIPAS-2022");
        assertThat(api.get("/api/v1/criteria", null).body()).contains("\"instrument\":\"SIPAS-2022\"").contains("S22-C33");
        Map<String, LocalDate> none = new HashMap<>();
        none.put("SIPAS-2022", null);
        instruments.schedule(provinceAdmin, none);
        assertThat(instruments.byCode("SIPAS-2017", false).orElseThrow().effectiveTo()).isNull();
        assertThat(instruments.active(false).code()).isEqualTo("SIPAS-2017");
    }

    @Test
    void dates_that_leave_no_instrument_or_two_on_a_day_are_refused_and_nothing_changes() {
        Map<String, LocalDate> none = new HashMap<>();
        none.put("SIPAS-2017", null);
        assertRefused(() -> instruments.schedule(provinceAdmin, none), "instruments.error.noneInEffect");
        assertRefused(() -> instruments.schedule(provinceAdmin, Map.of("SIPAS-2022", SIPAS_2017_START)),
                "instruments.error.sameStart");
        assertThat(instruments.periods()).containsExactly(
                new EffectivePeriods.Period("SIPAS-2017", SIPAS_2017_START, null),
                new EffectivePeriods.Period("SIPAS-2022", null, null));
        Actor communeAdmin = fixtures.staff(Role.ADMIN, w.unit, "Quản trị xã");
        assertThatThrownBy(() -> instruments.schedule(communeAdmin, Map.of("SIPAS-2022", today)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.FORBIDDEN));
    }

    @Test
    void each_channel_asks_its_list_of_the_instrument_in_effect_on_the_date() {
        instruments.schedule(provinceAdmin, Map.of("SIPAS-2022", today));
        LocalDate before = today.minusDays(1);
        assertThat(codes(Channel.KIOSK, null, before)).containsExactly("S17-10", "S17-13", "S17-01");
        assertThat(codes(Channel.KIOSK, null, today)).containsExactly("S22-C23", "S22-C25", "S22-C17");
        assertThat(codes(Channel.COUNTER, null, today)).containsExactly("S22-C23", "S22-C25", "S22-C17");
        assertThat(codes(Channel.WEB, null, before)).containsExactly("S17-01", "S17-09", "S17-10", "S17-16", "S17-20");
        assertThat(codes(Channel.WEB, null, today)).containsExactly("S22-C15", "S22-C22", "S22-C23", "S22-C28", "S22-C31");
        assertThat(codes(Channel.SMS, null, before)).containsExactly("S17-10");
        assertThat(codes(Channel.SMS, null, today)).containsExactly("S22-C23");
        assertThat(codes(Channel.IMPORT, null, today)).hasSize(19);
        assertThat(codes(Channel.KIOSK, null, SIPAS_2017_START.minusDays(1))).isEmpty();
        assertThat(instruments.questionsFor(Channel.SMS, null, today, true)).extracting(Instrument.Criterion::text)
                .containsExactly("The official was polite and respectful");

        // a kiosk's own list is kept per instrument: its 2017 list does not follow it into 2022
        long kiosk = Long.parseLong(sql.column("SELECT id FROM kiosks WHERE code = ?", w.kioskCode).get(0));
        instruments.chooseQuestions("SIPAS-2017", Channel.KIOSK, kiosk, List.of("S17-05"));
        assertThat(codes(Channel.KIOSK, kiosk, before)).containsExactly("S17-05");
        assertThat(codes(Channel.KIOSK, kiosk, today)).containsExactly("S22-C23", "S22-C25", "S22-C17");
        instruments.chooseQuestions("SIPAS-2022", Channel.KIOSK, kiosk, List.of("S22-C30", "S22-C19"));
        assertThat(codes(Channel.KIOSK, kiosk, today)).containsExactly("S22-C30", "S22-C19");
        assertThat(codes(Channel.KIOSK, kiosk, before)).containsExactly("S17-05");
    }

    @Test
    void a_list_holds_criteria_of_its_instrument_only_and_no_more_than_its_channel_asks() {
        assertRefused(() -> instruments.chooseQuestions("SIPAS-2022", Channel.SMS, null, List.of("S22-C23", "S22-C24")),
                "feedback.error.tooManyQuestions");
        assertRefused(() -> instruments.chooseQuestions("SIPAS-2022", Channel.KIOSK, null,
                List.of("S22-C23", "S22-C24", "S22-C25", "S22-C26")), "feedback.error.tooManyQuestions");
        assertRefused(() -> instruments.chooseQuestions("SIPAS-2022", Channel.WEB, null, List.of("S17-10")),
                "instruments.error.notInInstrument");
        instruments.chooseQuestions("SIPAS-2022", Channel.WEB, null, List.of("S22-C33", "S22-C15"));
        assertThat(instruments.questionCodes("SIPAS-2022", Channel.WEB, null)).containsExactly("S22-C33", "S22-C15");
        // the other instrument's list is untouched
        assertThat(instruments.questionCodes("SIPAS-2017", Channel.WEB, null)).hasSize(5);
    }

    @Test
    void intake_checks_answers_against_the_instrument_in_effect_on_the_ratings_day() {
        // SIPAS 2017 today: its criteria are answered, SIPAS 2022's are not
        assertThat(rate(w.kioskToken, "{\"score\":4,\"answers\":{\"S22-C23\":5}}").status()).isEqualTo(400);
        Api.Response s17 = rate(w.kioskToken, "{\"score\":4,\"answers\":{\"S17-10\":5}}");
        assertThat(s17.status()).as(s17.body()).isEqualTo(201);
        assertThat(instrumentOf(s17)).isEqualTo("SIPAS-2017");

        instruments.schedule(provinceAdmin, Map.of("SIPAS-2022", today));
        Api.Response refused = rate(w.kioskToken, "{\"score\":4,\"answers\":{\"S17-10\":5}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("S17-10").contains("SIPAS 2022");
        Api.Response s22 = rate(w.kioskToken, "{\"score\":5,\"answers\":{\"S22-C23\":5,\"S22-C17\":4}}");
        assertThat(s22.status()).as(s22.body()).isEqualTo(201);
        assertThat(sql.column("SELECT criterion_code FROM rating_answers WHERE rating_id = ? ORDER BY criterion_code",
                field(s22.body(), "id"))).containsExactly("S22-C17", "S22-C23");
        assertThat(instrumentOf(s22)).isEqualTo("SIPAS-2022");

        // a paper form from before the switch is answered on SIPAS 2017
        String old = OffsetDateTime.of(today.minusDays(3).atTime(9, 0), ZoneOffset.ofHours(7)).toString();
        String importBody = "{\"score\":4,\"channel\":\"IMPORT\",\"unitCode\":\"" + w.unit.code()
                + "\",\"submittedAt\":\"" + old + "\",\"answers\":{\"%s\":4}}";
        Api.Response paper = rate(w.admin, importBody.formatted("S17-16"));
        assertThat(paper.status()).as(paper.body()).isEqualTo(201);
        assertThat(instrumentOf(paper)).isEqualTo("SIPAS-2017");
        assertThat(rate(w.admin, importBody.formatted("S22-C28")).status()).isEqualTo(400);
    }

    private String instrumentOf(Api.Response receipt) {
        return sql.column("SELECT instrument_code FROM ratings WHERE id = ?", field(receipt.body(), "id")).get(0);
    }

    private List<String> codes(Channel channel, Long kioskId, LocalDate date) {
        return instruments.questionsFor(channel, kioskId, date, false).stream().map(Instrument.Criterion::code).toList();
    }

    private Api.Response rate(String token, String json) {
        return api.send("POST", "/api/v1/ratings", token, json, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
