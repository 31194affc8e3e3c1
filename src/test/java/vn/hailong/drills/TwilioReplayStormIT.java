package vn.hailong.drills;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.invitations.replies.InvitedDossiers;
import vn.hailong.invitations.replies.TwilioWebhook;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OutboundSms;
import vn.hailong.sms.SmsDispatcher;
import vn.hailong.sms.SmsOutbox;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.sms.fake.FakeTwilio;
import vn.hailong.sms.fake.TwilioSignatures;
import vn.hailong.support.Sql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 §3(c): Twilio's signed webhooks replayed in a storm, 100 at once and then 100 one after the other. The same
 * inbound MessageSid is processed once (one rating or complaint, one stored message, every TwiML answer the same text
 * or none, nothing through the outbox); the same status callback changes the message's state once, and a storm of
 * out-of-order callbacks never moves it backwards. State changes are counted by a trigger of the drill's own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwilioReplayStormIT implements TestPropertyProvider {

    static final String PUBLIC_URL = "https://hailong.example.vn";
    static final int STORM = 100;

    FakeTwilio twilio;

    @Override
    public Map<String, String> getProperties() {
        twilio = FakeTwilio.startOnFreePort();
        Map<String, String> p = new HashMap<>(twilio.properties());
        p.put("hailong.public-base-url", PUBLIC_URL);
        p.put("hailong.sms.inbound.jobs-enabled", "false");
        p.put("hailong.sms.dispatcher.enabled", "false");
        p.put("hailong.sms.send-window", "00:00-24:00");
        // other tests leave queued messages in the shared database: one dispatch round must reach this one's too
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
    InvitedDossiers dossiers;
    @Inject
    SmsOutbox outbox;
    @Inject
    SmsDispatcher dispatcher;
    @Inject
    PhoneIndex phones;
    @Inject
    Sql sql;

    final HttpClient http = HttpClient.newHttpClient();

    static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The same signed request {@link #STORM} times at once, then {@link #STORM} times one after the other. */
    static <T> List<T> storm(Callable<T> call) throws Exception {
        List<T> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<T>> calls = new ArrayList<>();
            for (int i = 0; i < STORM; i++) {
                calls.add(pool.submit(call));
            }
            for (Future<T> f : calls) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < STORM; i++) {
            answers.add(call.call());
        }
        return answers;
    }

    /** Asserts every answer is 200 and the same answer text or none; returns how many carried it. */
    static long oneAnswerText(List<TwilioWebhook.Reply> replies, String expected) {
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        Set<String> texts = replies.stream().map(TwilioWebhook.Reply::body).filter(b -> b.contains("<Message>"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(texts).hasSize(1);
        assertThat(texts.iterator().next()).contains(expected);
        return replies.stream().filter(r -> r.body().contains("<Message>")).count();
    }

    long outboxTo(PhoneNumber phone) {
        return sql.count("SELECT COUNT(*) FROM sms_outbox WHERE to_index = ?", phones.of(phone));
    }

    @Test
    void one_sms_rating_replayed_200_times_rates_once() throws Exception {
        InvitedDossiers.Invited d = dossiers.invited(InvitedDossiers.aPhone(), Instant.now().minus(Duration.ofDays(1)));
        String sid = sid();
        Map<String, String> form = TwilioWebhook.message(sid, twilio.accountSid(), d.phone(), twilio.number(), "4 nhanh gon");
        TwilioWebhook webhook = new TwilioWebhook(server, PUBLIC_URL, twilio.authToken());

        List<TwilioWebhook.Reply> replies = storm(() -> webhook.post(form));

        long answered = oneAnswerText(replies, "Cam on ong/ba da danh gia.");
        assertThat(sql.count("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", "sms:" + sid)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM ratings WHERE dossier_code = ?", d.dossierCode())).isEqualTo(1);
        assertThat(sql.column("SELECT CONCAT_WS('|', state, outcome, reply_via) FROM sms_inbound WHERE message_sid = ?",
                sid)).containsExactly("DONE|RATED|TWIML");
        assertThat(outboxTo(d.phone())).as("answers through the outbox").isZero();
        System.out.printf("DRILL Twilio replay storm, SMS rating: %d signed posts of one MessageSid (%d at once, %d in"
                + " turn), all 200; ratings stored 1, inbound rows 1, TwiML answers %d (one text), outbox answers 0%n",
                replies.size(), STORM, STORM, answered);
    }

    @Test
    void one_sms_complaint_replayed_200_times_files_one_complaint() throws Exception {
        InvitedDossiers.Invited d = dossiers.invited(InvitedDossiers.aPhone(), Instant.now().minus(Duration.ofDays(1)));
        String sid = sid();
        Map<String, String> form = TwilioWebhook.message(sid, twilio.accountSid(), d.phone(), twilio.number(),
                "PA cho doi qua lau " + sid);
        TwilioWebhook webhook = new TwilioWebhook(server, PUBLIC_URL, twilio.authToken());

        List<TwilioWebhook.Reply> replies = storm(() -> webhook.post(form));

        List<String> codes = sql.column("SELECT tracking_code FROM complaints WHERE idempotency_key = ?", "sms:" + sid);
        assertThat(codes).hasSize(1);
        long answered = oneAnswerText(replies, "Da nhan phan anh, ma " + codes.get(0));
        assertThat(sql.count("SELECT COUNT(*) FROM complaints WHERE dossier_code = ?", d.dossierCode())).isEqualTo(1);
        assertThat(sql.column("SELECT CONCAT_WS('|', state, outcome, reply_via) FROM sms_inbound WHERE message_sid = ?",
                sid)).containsExactly("DONE|COMPLAINT_FILED|TWIML");
        long outboxed = outboxTo(d.phone());
        assertThat(outboxed).as("messages queued to the citizen").isLessThanOrEqualTo(1);
        System.out.printf("DRILL Twilio replay storm, SMS complaint: %d signed posts of one MessageSid, all 200;"
                + " complaints filed 1, inbound rows 1, TwiML answers %d (one text), outbox messages to the citizen %d%n",
                replies.size(), answered, outboxed);
    }

    /** A message sent through the fake Twilio by the dispatcher; its provider SID. */
    String sentMessage(long[] id) {
        PhoneNumber to = InvitedDossiers.aPhone();
        id[0] = outbox.enqueue(new OutboundSms(SmsPurpose.INVITATION, to,
                Map.of("code", "H57-261203-0001", "link", PUBLIC_URL + "/danh-gia/K3Q9XRM2"),
                "drill:storm:" + UUID.randomUUID(), null)).id();
        dispatcher.dispatchDue();
        List<String> sid = sql.column("SELECT provider_sid FROM sms_outbox WHERE id = ? AND state = 'SENT'", id[0]);
        assertThat(sid).hasSize(1);
        return sid.get(0);
    }

    int status(String messageSid, String status) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", twilio.accountSid());
        form.put("ApiVersion", "2010-04-01");
        form.put("MessageSid", messageSid);
        form.put("SmsSid", messageSid);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/sms/twilio/status"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignatures.sign(twilio.authToken(), PUBLIC_URL + "/sms/twilio/status", form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each committed change of the message's state or delivery status, as "old>new" pairs, oldest first. */
    List<String> changes(String table) {
        return sql.column("SELECT CONCAT(old_state, '/', COALESCE(old_status, '-'), '>', new_state, '/',"
                + " COALESCE(new_status, '-')) FROM " + table + " ORDER BY seq");
    }

    String watch(long id) {
        String table = "drill_sms_changes_" + id;
        sql.update("CREATE TABLE " + table + " (seq INT AUTO_INCREMENT PRIMARY KEY, old_state VARCHAR(16),"
                + " old_status VARCHAR(32), new_state VARCHAR(16), new_status VARCHAR(32)) ENGINE=InnoDB");
        sql.update("CREATE TRIGGER " + table + " AFTER UPDATE ON sms_outbox FOR EACH ROW BEGIN"
                + " IF NEW.id = " + id + " AND (NOT (OLD.state <=> NEW.state)"
                + " OR NOT (OLD.delivery_status <=> NEW.delivery_status)) THEN"
                + " INSERT INTO " + table + " (old_state, old_status, new_state, new_status)"
                + " VALUES (OLD.state, OLD.delivery_status, NEW.state, NEW.delivery_status); END IF; END");
        return table;
    }

    void unwatch(String table) {
        sql.update("DROP TRIGGER IF EXISTS " + table);
        sql.update("DROP TABLE IF EXISTS " + table);
    }

    @Test
    void one_status_callback_replayed_200_times_changes_the_state_once() throws Exception {
        long[] id = new long[1];
        String messageSid = sentMessage(id);
        String table = watch(id[0]);
        try {
            List<Integer> answers = storm(() -> status(messageSid, "delivered"));

            assertThat(answers).containsOnly(204);
            List<String> changes = changes(table);
            assertThat(changes).hasSize(1);
            assertThat(changes.get(0)).endsWith(">DELIVERED/delivered");
            System.out.printf("DRILL Twilio replay storm, status callback: %d signed posts of one 'delivered', all"
                    + " 204; state changes 1 (%s)%n", answers.size(), changes.get(0));
        } finally {
            unwatch(table);
        }
    }

    @Test
    void a_storm_of_out_of_order_status_callbacks_only_moves_the_message_forward() throws Exception {
        long[] id = new long[1];
        String messageSid = sentMessage(id);
        String table = watch(id[0]);
        List<String> order = List.of("queued", "sending", "sent", "delivered");
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(50);
            try {
                for (int i = 0; i < STORM; i++) {
                    String status = order.get((i * 7) % order.size());
                    calls.add(pool.submit(() -> status(messageSid, status)));
                }
                for (Future<Integer> f : calls) {
                    assertThat(f.get()).isEqualTo(204);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(sql.column("SELECT CONCAT_WS('|', state, delivery_status) FROM sms_outbox WHERE id = ?", id[0]))
                    .containsExactly("DELIVERED|delivered");
            List<String> changes = changes(table);
            assertThat(changes).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            for (String change : changes) {
                String[] fromTo = change.split(">");
                String from = fromTo[0].substring(fromTo[0].indexOf('/') + 1);
                String to = fromTo[1].substring(fromTo[1].indexOf('/') + 1);
                assertThat(order.indexOf(to)).as(change).isGreaterThan(order.indexOf(from));
            }
            System.out.printf("DRILL Twilio replay storm, out-of-order status callbacks: %d at once, all 204; state"
                    + " changes %d, all forward: %s%n", STORM, changes.size(), changes);
        } finally {
            unwatch(table);
        }
    }
}
