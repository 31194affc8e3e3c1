package vn.hailong.sms;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.fake.FakeMessage;
import vn.hailong.sms.fake.FakeTwilio;
import vn.hailong.sms.fake.TwilioSignatures;
import vn.hailong.support.DemoBrowser;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.support.MovableClock.local;

/**
 * The dispatcher against the fake Twilio through the real SDK path, on a fixed clock (Monday 2 March 2026): once
 * within the window, waiting outside it, nothing after STOP or past the daily cap, retries with backoff on 5xx,
 * 21211 failing at once, no second send after a crash between Twilio's answer and the commit; and the signed
 * status callbacks.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmsDispatchIT implements TestPropertyProvider {

    final MovableClock clock = MovableClock.at("2026-03-02T09:00");
    FakeTwilio twilio;
    final int port = DemoBrowser.freePort();

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
        p.put("hailong.sms.send-window", "07:00-22:00");
        p.put("hailong.sms.batch-size", "1000");
        return p;
    }

    @AfterAll
    void stopTwilio() {
        if (twilio != null) {
            twilio.close();
        }
    }

    @Inject
    SmsOutbox outbox;
    @Inject
    SmsDispatcher dispatcher;
    @Inject
    OptOuts optOuts;
    @Inject
    OutboxStore store;
    @Inject
    SmsGateway gateway;
    @Inject
    SmsTemplates templates;
    @Inject
    Sql sql;

    @BeforeEach
    void setUp() {
        twilio.reset();
        clock.set("2026-03-02T09:00");
    }

    static PhoneNumber newNumber() {
        return PhoneNumber.parse("091" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
    }

    static String key(String what) {
        return "test:" + what + ":" + System.nanoTime();
    }

    long invite(PhoneNumber to, String key) {
        return outbox.enqueue(new OutboundSms(SmsPurpose.INVITATION, to,
                Map.of("code", "H57-260302-0001", "link", "http://127.0.0.1:" + port + "/danh-gia/K3Q9XRM2"), key,
                null)).id();
    }

    String state(long id) {
        return sql.column("SELECT state FROM sms_outbox WHERE id = ?", id).get(0);
    }

    String column(long id, String column) {
        return sql.column("SELECT " + column + " FROM sms_outbox WHERE id = ?", id).get(0);
    }

    Instant nextAttempt(long id) {
        return LocalDateTime.parse(column(id, "next_attempt_at").replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    @Test
    void within_the_window_a_message_goes_once_to_the_normalised_number_with_the_rendered_text() {
        PhoneNumber to = PhoneNumber.parse("0912 " + newNumber().e164().substring(6));
        String key = key("once");
        long id = invite(to, key);
        assertThat(outbox.enqueue(new OutboundSms(SmsPurpose.INVITATION, to, Map.of(), key, null)).created()).isFalse();

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        List<FakeMessage> sent = twilio.sentTo(to.e164());
        assertThat(sent).hasSize(1);
        FakeMessage m = sent.get(0);
        assertThat(m.body()).isEqualTo("Ho so H57-260302-0001 da co ket qua. Danh gia: tra loi 1-5 (5 rat hai long)"
                + " hoac http://127.0.0.1:" + port + "/danh-gia/K3Q9XRM2 . STOP de tu choi");
        assertThat(m.from()).isEqualTo(FakeTwilio.NUMBER);
        assertThat(m.statusCallback()).isEqualTo("http://127.0.0.1:" + port + "/sms/twilio/status");
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(column(id, "provider_sid")).isEqualTo(m.sid());
        assertThat(column(id, "body")).isEqualTo(m.body());
        assertThat(column(id, "attempts")).isEqualTo("1");
    }

    @Test
    void outside_the_window_a_message_waits_and_goes_at_the_opening() {
        clock.set("2026-03-02T22:30");
        PhoneNumber to = newNumber();
        long id = invite(to, key("night"));

        dispatcher.dispatchDue();
        assertThat(twilio.sentTo(to.e164())).isEmpty();
        assertThat(state(id)).isEqualTo("QUEUED");
        assertThat(nextAttempt(id)).isEqualTo(local("2026-03-03T07:00"));
        assertThat(column(id, "attempts")).isEqualTo("0");

        clock.set("2026-03-03T06:59");
        dispatcher.dispatchDue();
        assertThat(twilio.sentTo(to.e164())).isEmpty();

        clock.set("2026-03-03T07:00");
        dispatcher.dispatchDue();
        assertThat(twilio.sentTo(to.e164())).hasSize(1);
        assertThat(state(id)).isEqualTo("SENT");
    }

    @Test
    void nothing_goes_to_a_number_after_stop_but_the_stop_confirmation() {
        PhoneNumber to = newNumber();
        optOuts.optOut(to, "SMS");
        long invitation = invite(to, key("stopped"));
        long confirmation = outbox.enqueue(new OutboundSms(SmsPurpose.REPLY_STOPPED, to, Map.of(), key("confirm"),
                null)).id();

        dispatcher.dispatchDue();

        assertThat(state(invitation)).isEqualTo("SKIPPED_OPTED_OUT");
        assertThat(column(invitation, "attempts")).isEqualTo("0");
        assertThat(state(confirmation)).isEqualTo("SENT");
        assertThat(twilio.sentTo(to.e164())).extracting(FakeMessage::body)
                .containsExactly("Da ngung gui tin nhan den so nay. Muon nhan lai, xin lien he bo phan mot cua.");
    }

    @Test
    void past_the_daily_cap_a_message_waits_for_the_next_day_and_replies_are_not_counted() {
        PhoneNumber to = newNumber();
        long[] ids = new long[4];
        for (int i = 0; i < 4; i++) {
            ids[i] = invite(to, key("cap" + i));
            clock.advance(Duration.ofSeconds(1));
            dispatcher.dispatchDue();
        }
        long help = outbox.enqueue(new OutboundSms(SmsPurpose.REPLY_HELP, to, Map.of(), key("help"), null)).id();
        dispatcher.dispatchDue();

        assertThat(twilio.sentTo(to.e164())).hasSize(4);
        assertThat(state(ids[3])).isEqualTo("QUEUED");
        assertThat(nextAttempt(ids[3])).isEqualTo(local("2026-03-03T07:00"));
        assertThat(state(help)).isEqualTo("SENT");

        clock.set("2026-03-03T07:00");
        dispatcher.dispatchDue();
        assertThat(state(ids[3])).isEqualTo("SENT");
        assertThat(twilio.sentTo(to.e164())).hasSize(5);
    }

    @Test
    void twilio_5xx_is_retried_with_doubling_backoff_until_the_attempts_run_out() {
        PhoneNumber to = newNumber();
        long id = invite(to, key("retry"));
        twilio.failNext(1000, 503, 20500, "Service unavailable");

        dispatcher.dispatchDue();
        assertThat(state(id)).isEqualTo("QUEUED");
        assertThat(column(id, "attempts")).isEqualTo("1");
        assertThat(column(id, "error_code")).isEqualTo("20500");
        assertThat(nextAttempt(id)).isEqualTo(local("2026-03-02T09:01"));

        for (String at : new String[]{"2026-03-02T09:01", "2026-03-02T09:03", "2026-03-02T09:07"}) {
            clock.set(at);
            dispatcher.dispatchDue();
        }
        assertThat(column(id, "attempts")).isEqualTo("4");
        assertThat(nextAttempt(id)).isEqualTo(local("2026-03-02T09:15"));
        clock.set("2026-03-02T09:15");
        dispatcher.dispatchDue();
        assertThat(state(id)).isEqualTo("FAILED");
        assertThat(column(id, "attempts")).isEqualTo("5");
        assertThat(twilio.sentTo(to.e164())).isEmpty();
    }

    @Test
    void a_retry_after_a_5xx_sends_the_message_once() {
        PhoneNumber to = newNumber();
        long id = invite(to, key("retry-once"));
        twilio.failNext(1000, 500, 20500, "Internal error");
        dispatcher.dispatchDue();
        assertThat(state(id)).isEqualTo("QUEUED");

        twilio.reset();
        clock.set("2026-03-02T09:01");
        dispatcher.dispatchDue();
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(column(id, "error_code")).isNull();
        assertThat(twilio.sentTo(to.e164())).hasSize(1);
    }

    @Test
    void an_invalid_number_fails_at_once_with_twilios_code() {
        PhoneNumber to = newNumber();
        long id = invite(to, key("21211"));
        twilio.failNextTo(to.e164(), 400, 21211, "Invalid 'To' Phone Number: " + to.e164());
        dispatcher.dispatchDue();
        assertThat(state(id)).isEqualTo("FAILED");
        assertThat(column(id, "error_code")).isEqualTo("21211");
        assertThat(column(id, "attempts")).isEqualTo("1");
        assertThat(column(id, "error_message")).isEqualTo("Invalid 'To' Phone Number: " + to.masked());

        PhoneNumber unsubscribed = newNumber();
        twilio.unsubscribe(unsubscribed.e164());
        long other = invite(unsubscribed, key("21610"));
        dispatcher.dispatchDue();
        assertThat(state(other)).isEqualTo("FAILED");
        assertThat(column(other, "error_code")).isEqualTo("21610");
    }

    @Test
    void a_node_that_died_after_twilio_took_the_message_does_not_make_it_go_twice() {
        PhoneNumber to = newNumber();
        long id = invite(to, key("crash"));
        // a node claims the row, renders and stores the body, sends it, and dies before recording the SID
        OutboxStore.Claimed claimed = store.claim("dead-node-token-000000000000000", clock.instant(), 1000).stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        String body = templates.render(claimed.purpose(), claimed.params());
        store.storeBody(id, claimed.token(), body);
        String sid = gateway.send(to, body).sid();
        assertThat(state(id)).isEqualTo("SENDING");

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(state(id)).as("not abandoned yet").isEqualTo("SENDING");

        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatchDue();
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(column(id, "provider_sid")).isEqualTo(sid);
        assertThat(twilio.sentTo(to.e164())).hasSize(1);
    }

    @Test
    void a_node_that_died_before_twilio_took_the_message_has_it_sent_once_later() {
        PhoneNumber to = newNumber();
        long id = invite(to, key("crash-before"));
        store.claim("dead-node-token-111111111111111", clock.instant(), 1000);
        assertThat(state(id)).isEqualTo("SENDING");

        clock.advance(Duration.ofMinutes(6));
        dispatcher.dispatchDue();
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(twilio.sentTo(to.e164())).hasSize(1);
    }

    @Test
    void signed_status_callbacks_move_the_message_forward_only_and_unsigned_ones_are_refused() throws Exception {
        PhoneNumber to = newNumber();
        long id = invite(to, key("status"));
        dispatcher.dispatchDue();
        String sid = column(id, "provider_sid");

        assertThat(twilio.deliver(sid, "delivered")).isEqualTo(204);
        assertThat(state(id)).isEqualTo("DELIVERED");
        assertThat(column(id, "delivery_status")).isEqualTo("delivered");
        // late and repeated callbacks change nothing
        assertThat(twilio.deliver(sid, "sent")).isEqualTo(204);
        assertThat(twilio.deliver(sid, "delivered")).isEqualTo(204);
        assertThat(state(id)).isEqualTo("DELIVERED");
        assertThat(column(id, "delivery_status")).isEqualTo("delivered");

        String url = "http://127.0.0.1:" + port + "/sms/twilio/status";
        String form = "MessageSid=" + sid + "&MessageStatus=failed&ErrorCode=30003";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        String wrong = TwilioSignatures.sign("not-the-token", url, Map.of("MessageSid", sid, "MessageStatus", "failed",
                "ErrorCode", "30003"));
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", wrong)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("DELIVERED");

        // an undelivered message is FAILED with Twilio's code
        long other = invite(newNumber(), key("undelivered"));
        dispatcher.dispatchDue();
        String otherSid = column(other, "provider_sid");
        assertThat(twilio.deliver(otherSid, "undelivered", 30003)).isEqualTo(204);
        assertThat(state(other)).isEqualTo("FAILED");
        assertThat(column(other, "error_code")).isEqualTo("30003");
    }
}
