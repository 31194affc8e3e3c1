package vn.hailong.invitations.replies;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OptOuts;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio's inbound webhook against the real database, behind a proxy: the service is known publicly as
 * {@link #PUBLIC_URL} (Twilio signs that) while the requests reach it on localhost.
 */
@MicronautTest(transactional = false)
@Property(name = "hailong.twilio.account-sid", value = TwilioInboundIT.ACCOUNT)
@Property(name = "hailong.twilio.auth-token", value = TwilioInboundIT.TOKEN)
@Property(name = "hailong.twilio.from", value = TwilioInboundIT.OUR_NUMBER)
@Property(name = "hailong.public-base-url", value = TwilioInboundIT.PUBLIC_URL)
@Property(name = "hailong.sms.inbound.jobs-enabled", value = "false")
class TwilioInboundIT {

    static final String ACCOUNT = "AC00000000000000000000000000inbound";
    static final String TOKEN = "inbound-test-auth-token-000000000";
    static final String OUR_NUMBER = "+15005550006";
    static final String PUBLIC_URL = "https://hailong.example.vn";
    static final MovableClock CLOCK = MovableClock.at("2026-12-04T09:00");

    @Inject
    EmbeddedServer server;
    @Inject
    InvitedDossiers dossiers;
    @Inject
    InboundReplies replies;
    @Inject
    OptOuts optOuts;
    @Inject
    PhoneIndex phones;
    @Inject
    Sql sql;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    private TwilioWebhook twilio() {
        return new TwilioWebhook(server, PUBLIC_URL, TOKEN);
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Map<String, String> sms(String sid, PhoneNumber from, String body) {
        return TwilioWebhook.message(sid, ACCOUNT, from, OUR_NUMBER, body);
    }

    private InvitedDossiers.Invited invitedYesterday() {
        return dossiers.invited(InvitedDossiers.aPhone(), CLOCK.instant().minus(Duration.ofDays(1)));
    }

    @Test
    void a_signed_rating_rates_the_invited_dossier_once_and_its_replay_changes_nothing() {
        InvitedDossiers.Invited d = invitedYesterday();
        String sid = sid();

        TwilioWebhook.Reply reply = twilio().post(sms(sid, d.phone(), "5 rat hai long"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/xml");
        assertThat(reply.body()).contains("<Response><Message>Cam on ong/ba da danh gia.")
                .endsWith("</Message></Response>");
        List<String> rating = sql.column("SELECT CONCAT_WS('|', channel, score, comment, dossier_code, unit_id,"
                + " counter_id, officer_id, procedure_id, id) FROM ratings WHERE idempotency_key = ?", "sms:" + sid);
        assertThat(rating).hasSize(1);
        String ratingId = rating.get(0).substring(rating.get(0).lastIndexOf('|') + 1);
        assertThat(rating.get(0)).isEqualTo(String.join("|", "SMS", "5", "rat hai long", d.dossierCode(),
                String.valueOf(d.unit().id()), String.valueOf(d.counter().id()), String.valueOf(d.officer().id()),
                String.valueOf(d.procedure().id()), ratingId));
        assertThat(sql.column("SELECT rating_id FROM rating_invitations WHERE dossier_id = ?", d.dossierId()))
                .containsExactly(ratingId);
        assertThat(sql.column("SELECT CONCAT_WS('|', state, outcome, reply_via, via, dossier_code, rating_id)"
                + " FROM sms_inbound WHERE message_sid = ?", sid))
                .containsExactly(String.join("|", "DONE", "RATED", "TWIML", "WEBHOOK", d.dossierCode(), ratingId));
        // the sender is kept encrypted, under the shared phone index, never in clear
        assertThat(sql.column("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ? AND phone_index = ?"
                + " AND phone_cipher IS NOT NULL AND INSTR(phone_cipher, ?) = 0", sid,
                sql.column("SELECT phone_index FROM rating_invitations WHERE dossier_id = ?", d.dossierId()).get(0),
                d.phone().e164())).containsExactly("1");

        // Twilio retries the same message: the same answer, nothing stored twice
        TwilioWebhook.Reply again = twilio().post(sms(sid, d.phone(), "5 rat hai long"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(reply.body());
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", "sms:" + sid))
                .containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?", sid)).containsExactly("1");
    }

    @Test
    void unsigned_wrongly_signed_and_proxy_url_signed_requests_are_refused_and_nothing_is_stored() {
        InvitedDossiers.Invited d = invitedYesterday();
        String sid = sid();
        Map<String, String> form = sms(sid, d.phone(), "5");
        TwilioWebhook twilio = twilio();

        assertThat(twilio.post(form, null).status()).isEqualTo(403);
        TwilioWebhook.Reply wrong = twilio.post(form, "bm90IGEgcmVhbCBzaWduYXR1cmU=");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body()).contains("X-Twilio-Signature");
        // signed for the address the request reached (the proxy's upstream), not the public one Twilio knows
        assertThat(twilio.post(form, twilio.signatureFor(server.getURI() + TwilioWebhook.PATH, form)).status())
                .isEqualTo(403);
        // a signature over another body
        Map<String, String> tampered = sms(sid, d.phone(), "1");
        assertThat(twilio.post(tampered, twilio.signatureFor(PUBLIC_URL + TwilioWebhook.PATH, form)).status())
                .isEqualTo(403);
        assertThat(sql.column("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?", sid)).containsExactly("0");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", "sms:" + sid))
                .containsExactly("0");
        // and the same message, signed as Twilio signs it, is taken
        assertThat(twilio.post(form).status()).isEqualTo(200);
    }

    @Test
    void the_same_message_a_hundred_times_at_once_rates_once_and_is_answered_once_or_not_at_all() throws Exception {
        InvitedDossiers.Invited d = invitedYesterday();
        String sid = sid();
        Map<String, String> form = sms(sid, d.phone(), "4 nhanh gon");
        TwilioWebhook twilio = twilio();
        List<Future<TwilioWebhook.Reply>> calls = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (int i = 0; i < 100; i++) {
                calls.add(pool.submit(() -> twilio.post(form)));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<TwilioWebhook.Reply> call : calls) {
                TwilioWebhook.Reply r = call.get();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                bodies.add(r.body());
            }
            assertThat(bodies).allSatisfy(b -> assertThat(b).satisfiesAnyOf(
                    body -> assertThat(body).contains("<Message>Cam on ong/ba da danh gia."),
                    body -> assertThat(body).doesNotContain("<Message>")));
            assertThat(bodies).anySatisfy(b -> assertThat(b).contains("<Message>"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", "sms:" + sid))
                .containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE dossier_code = ?", d.dossierCode()))
                .containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?", sid)).containsExactly("1");
    }

    @Test
    void pa_files_a_complaint_about_the_invited_dossier_and_answers_its_tracking_code() {
        InvitedDossiers.Invited d = invitedYesterday();
        String sid = sid();

        TwilioWebhook.Reply reply = twilio().post(sms(sid, d.phone(), "PA duong toi"));

        assertThat(reply.status()).isEqualTo(200);
        List<String> complaint = sql.column("SELECT CONCAT_WS('|', tracking_code, kind, channel, unit_id, dossier_code,"
                + " text) FROM complaints WHERE idempotency_key = ?", "sms:" + sid);
        assertThat(complaint).hasSize(1);
        String code = complaint.get(0).substring(0, complaint.get(0).indexOf('|'));
        assertThat(code).matches("PA-2026-[0-9A-HJKMNP-TV-Z]{5,}");
        assertThat(complaint.get(0)).isEqualTo(String.join("|", code, "PHAN_ANH", "SMS",
                String.valueOf(d.unit().id()), d.dossierCode(), "duong toi"));
        assertThat(reply.body()).contains("<Message>Da nhan phan anh, ma " + code + ".");
        assertThat(sql.column("SELECT CONCAT_WS('|', outcome, tracking_code) FROM sms_inbound WHERE message_sid = ?",
                sid)).containsExactly("COMPLAINT_FILED|" + code);
        // the complaint can be tracked with the last four digits of the number it came from
        assertThat(sql.column("SELECT phone_last4 FROM complaints WHERE tracking_code = ?", code))
                .containsExactly(d.phone().lastFour());
    }

    @Test
    void free_text_from_a_number_never_invited_is_a_complaint_without_a_unit() {
        PhoneNumber stranger = InvitedDossiers.aPhone();
        String sid = sid();
        TwilioWebhook.Reply reply = twilio().post(sms(sid, stranger, "Cán bộ quầy số 2 thái độ không tốt"));
        assertThat(reply.body()).contains("Da nhan phan anh, ma PA-2026-");
        assertThat(sql.column("SELECT CONCAT_WS('|', channel, COALESCE(unit_id, '-'), COALESCE(dossier_code, '-'), text)"
                + " FROM complaints WHERE idempotency_key = ?", "sms:" + sid))
                .containsExactly("SMS|-|-|Cán bộ quầy số 2 thái độ không tốt");
    }

    @Test
    void stop_opts_the_number_out_and_confirms() {
        PhoneNumber phone = InvitedDossiers.aPhone();
        TwilioWebhook.Reply reply = twilio().post(sms(sid(), phone, "Hủy"));
        assertThat(reply.body()).contains("<Message>Da ngung gui tin nhan den so nay.");
        assertThat(optOuts.optedOut(phone)).isTrue();
        assertThat(sql.column("SELECT source FROM sms_opt_outs WHERE phone_index = ?", phones.of(phone)))
                .containsExactly("SMS");
    }

    @Test
    void help_and_anything_unclear_get_the_help_text() {
        PhoneNumber phone = InvitedDossiers.aPhone();
        for (String body : List.of("HELP", "6", "ok")) {
            String sid = sid();
            TwilioWebhook.Reply reply = twilio().post(sms(sid, phone, body));
            assertThat(reply.body()).as(body).contains("<Message>Tra loi 1-5 de danh gia");
            assertThat(sql.column("SELECT outcome FROM sms_inbound WHERE message_sid = ?", sid))
                    .containsExactly("HELP");
        }
        assertThat(optOuts.optedOut(phone)).isFalse();
    }

    @Test
    void a_rating_from_a_number_with_no_recent_invitation_rates_nothing_and_says_so() {
        InvitedDossiers.Invited old = dossiers.invited(InvitedDossiers.aPhone(),
                CLOCK.instant().minus(Duration.ofDays(31)));
        String sid = sid();
        TwilioWebhook.Reply reply = twilio().post(sms(sid, old.phone(), "5"));
        assertThat(reply.body()).contains("<Message>Khong tim thay ho so nao moi ong/ba danh gia gan day.");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", "sms:" + sid))
                .containsExactly("0");
        assertThat(sql.column("SELECT outcome FROM sms_inbound WHERE message_sid = ?", sid))
                .containsExactly("NO_DOSSIER");
    }

    @Test
    void a_sender_that_is_not_a_vietnamese_mobile_is_stored_but_not_answered() {
        String sid = sid();
        Map<String, String> form = new java.util.LinkedHashMap<>(sms(sid, InvitedDossiers.aPhone(), "5"));
        form.put("From", "+14155550100");
        TwilioWebhook.Reply reply = twilio().post(form);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("<Message>");
        assertThat(sql.column("SELECT CONCAT_WS('|', state, outcome, reply_via, COALESCE(phone_cipher, '-'))"
                + " FROM sms_inbound WHERE message_sid = ?", sid)).containsExactly("DONE|UNKNOWN_SENDER|NONE|-");
    }

    @Test
    void when_the_database_refuses_the_complaint_the_message_waits_and_is_answered_through_the_outbox_later() {
        InvitedDossiers.Invited d = invitedYesterday();
        String sid = sid();
        String marker = "tu choi thu nghiem " + sid;
        sql.update("CREATE TRIGGER refuse_" + sid + " BEFORE INSERT ON complaints FOR EACH ROW BEGIN"
                + " IF NEW.text LIKE '%" + marker + "%' THEN SIGNAL SQLSTATE '45000'"
                + " SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
        TwilioWebhook.Reply reply;
        try {
            reply = twilio().post(sms(sid, d.phone(), "PA " + marker));
        } finally {
            sql.update("DROP TRIGGER refuse_" + sid);
        }
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("<Message>");
        assertThat(sql.column("SELECT CONCAT_WS('|', state, attempts, COALESCE(outcome, '-')) FROM sms_inbound"
                + " WHERE message_sid = ?", sid)).containsExactly("PENDING|1|-");
        assertThat(sql.column("SELECT COUNT(*) FROM complaints WHERE idempotency_key = ?", "sms:" + sid))
                .containsExactly("0");

        // not yet due: the retry waits for its backoff
        assertThat(replies.retryDue()).isZero();
        CLOCK.advance(Duration.ofMinutes(3));
        try {
            assertThat(replies.retryDue()).isGreaterThanOrEqualTo(1);
        } finally {
            CLOCK.set(Instant.parse("2026-12-04T02:00:00Z"));
        }
        List<String> code = sql.column("SELECT tracking_code FROM complaints WHERE idempotency_key = ?", "sms:" + sid);
        assertThat(code).hasSize(1);
        assertThat(sql.column("SELECT CONCAT_WS('|', state, outcome, reply_via) FROM sms_inbound"
                + " WHERE message_sid = ?", sid)).containsExactly("DONE|COMPLAINT_FILED|OUTBOX");
        assertThat(sql.column("SELECT CONCAT_WS('|', purpose, state, params, unit_id) FROM sms_outbox"
                + " WHERE dedupe_key = ?", "reply:" + sid)).containsExactly(String.join("|", "REPLY_COMPLAINT",
                "QUEUED", "{\"tracking\":\"" + code.get(0) + "\"}", String.valueOf(d.unit().id())));
        // Twilio's retry of the webhook now gets no TwiML answer: the outbox sends it
        assertThat(twilio().post(sms(sid, d.phone(), "PA " + marker)).body()).doesNotContain("<Message>");
        assertThat(sql.column("SELECT COUNT(*) FROM complaints WHERE idempotency_key = ?", "sms:" + sid))
                .containsExactly("1");
    }
}
