package vn.hailong.invitations;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.invitations.replies.Reconciliation;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.sms.SmsDispatcher;
import vn.hailong.sms.fake.FakeMessage;
import vn.hailong.sms.fake.FakeTwilio;
import vn.hailong.support.Api;
import vn.hailong.support.DemoBrowser;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citizen's phone from end to end, on a fixed clock, through the real pieces: the one-stop software reports a
 * returned dossier on the feed, the dispatcher sends one invitation through the Twilio SDK to the local fake (inside
 * the send window only), the citizen answers by SMS (a signed webhook from the fake) and the rating is the dossier's;
 * STOP ends the messages; a reply sent while the service was down is ingested once by reconciliation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneJourneyIT implements TestPropertyProvider {

    static final String MONDAY_MORNING = "2026-03-02T09:00";

    final MovableClock clock = MovableClock.at(MONDAY_MORNING);
    final int port = DemoBrowser.freePort();
    FakeTwilio twilio;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        twilio = new FakeTwilio(clock).start(0);
        Map<String, String> p = new HashMap<>(twilio.properties());
        p.put("micronaut.server.port", String.valueOf(port));
        p.put("hailong.public-base-url", "http://127.0.0.1:" + port);
        p.put("hailong.sms.dispatcher.enabled", "false");
        p.put("hailong.sms.inbound.jobs-enabled", "false");
        p.put("hailong.sms.send-window", "07:00-22:00");
        p.put("hailong.sms.batch-size", "1000");
        return p;
    }

    @AfterAll
    void stopTwilio() {
        twilio.close();
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    SmsDispatcher dispatcher;
    @Inject
    Reconciliation reconciliation;

    Api api;
    RatingWorld w;
    String feed;

    @BeforeEach
    void setUp() {
        clock.set(MONDAY_MORNING);
        twilio.reset();
        twilio.deliverInbound(true).inboundUrl("http://127.0.0.1:" + port + "/sms/twilio/inbound");
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        feed = fixtures.token(Role.INTEGRATION, w.unit);
    }

    @Test
    void a_returned_dossier_invites_once_the_sms_reply_rates_it_and_stop_ends_the_messages() {
        String phone = newPhone();
        String e164 = PhoneNumber.parse(phone).e164();
        String code = Fixtures.unique("000.00.12.H57-260302");

        // reported twice (the one-stop software repeats itself): one invitation, one SMS, to the normalised number
        assertStatus(report(code, phone, Duration.ofMinutes(10)), 201);
        assertStatus(report(code, phone, Duration.ofMinutes(10)), 200);
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        List<FakeMessage> sent = twilio.sentTo(e164);
        assertThat(sent).hasSize(1);
        String token = sql.column("SELECT token FROM rating_invitations WHERE dossier_code = ?", code).get(0);
        assertThat(sent.get(0).body()).contains(code).contains("http://127.0.0.1:" + port + "/danh-gia/" + token)
                .hasSizeLessThanOrEqualTo(160);
        assertThat(sent.get(0).from()).isEqualTo(twilio.number());

        // the citizen answers "5 ..." by SMS: one rating of that dossier, its unit, officer and procedure
        twilio.simulateInbound(e164, "5 can bo nhiet tinh");
        assertThat(sql.column("SELECT CONCAT_WS('|', r.channel, r.score, r.comment, u.code, o.code, p.code) FROM ratings r"
                + " JOIN units u ON u.id = r.unit_id JOIN officers o ON o.id = r.officer_id"
                + " JOIN procedures p ON p.id = r.procedure_id WHERE r.dossier_code = ?", code))
                .containsExactly(String.join("|", "SMS", "5", "can bo nhiet tinh", w.unit.code(), w.officer, w.procedure));
        assertThat(twilio.sentTo(e164)).extracting(FakeMessage::body).last().asString().startsWith("Cam on ong/ba");

        // STOP: opted out; the next returned dossier of that number gets no invitation
        twilio.simulateInbound(e164, "STOP");
        assertThat(twilio.sentTo(e164)).extracting(FakeMessage::body).last().asString().startsWith("Da ngung gui");
        int before = twilio.sentTo(e164).size();
        String second = Fixtures.unique("000.00.12.H57-260302");
        assertStatus(report(second, phone, Duration.ofMinutes(5)), 201);
        dispatcher.dispatchDue();
        assertThat(twilio.sentTo(e164)).hasSize(before);
        assertThat(sql.column("SELECT COUNT(*) FROM rating_invitations WHERE dossier_code = ?", second)).containsExactly("0");
    }

    @Test
    void an_invitation_for_a_dossier_returned_late_at_night_waits_for_the_morning() {
        clock.set("2026-03-02T22:10");
        String phone = newPhone();
        String e164 = PhoneNumber.parse(phone).e164();
        String code = Fixtures.unique("000.00.12.H57-260302");
        assertStatus(report(code, phone, Duration.ofMinutes(5)), 201);
        dispatcher.dispatchDue();
        assertThat(twilio.sentTo(e164)).isEmpty();
        clock.set("2026-03-03T06:59");
        dispatcher.dispatchDue();
        assertThat(twilio.sentTo(e164)).isEmpty();
        clock.set("2026-03-03T07:00");
        dispatcher.dispatchDue();
        assertThat(twilio.sentTo(e164)).hasSize(1);
    }

    @Test
    void a_reply_sent_while_the_service_was_down_is_ingested_once_by_reconciliation() {
        String phone = newPhone();
        String e164 = PhoneNumber.parse(phone).e164();
        String code = Fixtures.unique("000.00.12.H57-260302");
        assertStatus(report(code, phone, Duration.ofMinutes(10)), 201);
        dispatcher.dispatchDue();

        // the watermark is one row of the test database that every IT class shares: another class's clock moved it
        sql.update("DELETE FROM app_settings WHERE name = 'sms.inbound.reconciled_until'");
        twilio.deliverInbound(false); // the service is down: Twilio keeps the message, the webhook never arrives
        twilio.simulateInbound(e164, "4");
        assertThat(ratingsOf(code)).isZero();
        clock.set("2026-03-02T09:10"); // past the settle time that leaves young messages to the webhook
        reconciliation.reconcile();
        reconciliation.reconcile();
        assertThat(ratingsOf(code)).isEqualTo(1);
        assertThat(sql.column("SELECT score FROM ratings WHERE dossier_code = ?", code)).containsExactly("4");
    }

    /** A fresh number of a range in service (Viettel 098, VinaPhone 091): not every 09x prefix is a mobile one. */
    private static String newPhone() {
        return (ThreadLocalRandom.current().nextBoolean() ? "098" : "091")
                + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static void assertStatus(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }

    private long ratingsOf(String code) {
        return Long.parseLong(sql.column("SELECT COUNT(*) FROM ratings WHERE dossier_code = ?", code).get(0));
    }

    private Api.Response report(String code, String phone, Duration returnedAgo) {
        return api.put("/api/v1/dossiers/" + code, feed, """
                {"procedureCode":"%s","unitCode":"%s","officerCode":"%s","citizenPhone":"%s",
                 "receivedAt":"%s","appointmentAt":"%s","finishedAt":"%s","returnedAt":"%s"}""".formatted(
                w.procedure, w.unit.code(), w.officer, phone, at(Duration.ofDays(2)), at(Duration.ofHours(-24)),
                at(returnedAgo.plusHours(1)), at(returnedAgo)));
    }

    private String at(Duration ago) {
        return OffsetDateTime.ofInstant(clock.instant().minus(ago).truncatedTo(ChronoUnit.SECONDS), ClockFactory.VIETNAM)
                .toString();
    }

}
