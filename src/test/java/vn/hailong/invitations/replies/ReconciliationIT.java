package vn.hailong.invitations.replies;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OptOuts;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Zero loss: messages Twilio received while HaiLong was down are only in Twilio's message list (here a local fake
 * that speaks its wire format); the reconciliation reads them through the SDK and ingests each exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReconciliationIT implements TestPropertyProvider {

    static final String ACCOUNT = "AC0000000000000000000000000000reco";
    static final String TOKEN = "reconciliation-test-token-0000000";
    static final String OUR_NUMBER = "+15005550007";
    static final String PUBLIC_URL = "https://hailong.example.vn";
    static final MovableClock CLOCK = MovableClock.at("2026-12-04T09:00");

    final FakeTwilioMessages twilio = new FakeTwilioMessages(ACCOUNT, TOKEN);

    @Inject
    EmbeddedServer server;
    @Inject
    Reconciliation reconciliation;
    @Inject
    InvitedDossiers dossiers;
    @Inject
    OptOuts optOuts;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("hailong.twilio.account-sid", ACCOUNT, "hailong.twilio.auth-token", TOKEN,
                "hailong.twilio.from", OUR_NUMBER, "hailong.twilio.api-base-url", twilio.baseUrl(),
                "hailong.public-base-url", PUBLIC_URL, "hailong.sms.inbound.jobs-enabled", "false");
    }

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @BeforeEach
    void fresh() {
        twilio.clear();
        twilio.maxPageSize(50);
        twilio.down(false);
        CLOCK.set("2026-12-04T09:00");
        sql.update("DELETE FROM app_settings WHERE name = 'sms.inbound.reconciled_until'");
    }

    @AfterAll
    void stop() {
        twilio.close();
    }

    private static String sid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    private static Instant minutesAgo(int minutes) {
        return CLOCK.instant().minus(Duration.ofMinutes(minutes));
    }

    private FakeTwilioMessages.Listed inbound(String sid, PhoneNumber from, String body, Instant at) {
        return FakeTwilioMessages.Listed.inbound(sid, from.e164(), OUR_NUMBER, body, at);
    }

    private String watermark() {
        return sql.column("SELECT value FROM app_settings WHERE name = 'sms.inbound.reconciled_until'").stream()
                .findFirst().orElse(null);
    }

    @Test
    void after_an_outage_each_missed_message_is_ingested_once_and_answered_through_the_outbox() {
        InvitedDossiers.Invited rater = dossiers.invited(InvitedDossiers.aPhone(), minutesAgo(24 * 60));
        InvitedDossiers.Invited complainer = dossiers.invited(InvitedDossiers.aPhone(), minutesAgo(24 * 60));
        PhoneNumber stopper = InvitedDossiers.aPhone();
        String rating = sid();
        String complaint = sid();
        String stop = sid();
        // while HaiLong was down, three citizens replied; Twilio also lists our own messages and other numbers'
        twilio.add(inbound(rating, rater.phone(), "4 nhanh, chu dao", minutesAgo(50)));
        twilio.add(inbound(complaint, complainer.phone(), "PA phong cho nong qua", minutesAgo(40)));
        twilio.add(inbound(stop, stopper, "STOP", minutesAgo(30)));
        twilio.add(new FakeTwilioMessages.Listed(sid(), OUR_NUMBER, rater.phone().e164(), "Moi danh gia",
                "outbound-api", "delivered", minutesAgo(60 * 20), null));
        twilio.add(FakeTwilioMessages.Listed.inbound(sid(), stopper.e164(), "+15005550099", "5", minutesAgo(35)));
        twilio.maxPageSize(2);

        Reconciliation.Result first = reconciliation.reconcile().orElseThrow();

        assertThat(first.ingested()).isEqualTo(3);
        assertThat(sql.column("SELECT CONCAT_WS('|', channel, score, comment, dossier_code, unit_id) FROM ratings"
                + " WHERE idempotency_key = ?", "sms:" + rating)).containsExactly(String.join("|", "SMS", "4",
                "nhanh, chu dao", rater.dossierCode(), String.valueOf(rater.unit().id())));
        // the rating counts when the citizen sent it, not when HaiLong came back
        assertThat(sql.column("SELECT submitted_at FROM ratings WHERE idempotency_key = ?", "sms:" + rating).get(0))
                .startsWith("2026-12-04 01:10:00");
        List<String> code = sql.column("SELECT tracking_code FROM complaints WHERE idempotency_key = ?",
                "sms:" + complaint);
        assertThat(code).hasSize(1);
        assertThat(optOuts.optedOut(stopper)).isTrue();
        assertThat(sql.column("SELECT CONCAT_WS('|', dedupe_key, purpose, params) FROM sms_outbox"
                + " WHERE dedupe_key IN (?, ?, ?) ORDER BY purpose", "reply:" + rating, "reply:" + complaint,
                "reply:" + stop)).containsExactly(
                "reply:" + complaint + "|REPLY_COMPLAINT|{\"tracking\":\"" + code.get(0) + "\"}",
                "reply:" + stop + "|REPLY_STOPPED|{}",
                "reply:" + rating + "|REPLY_THANKS|{\"score\":\"4\"}");
        assertThat(sql.column("SELECT CONCAT_WS('|', via, state, reply_via) FROM sms_inbound WHERE message_sid IN"
                + " (?, ?, ?)", rating, complaint, stop)).containsOnly("RECONCILIATION|DONE|OUTBOX").hasSize(3);
        // read through the SDK: filtered by our number and the date, every page followed
        assertThat(twilio.queries()).hasSizeGreaterThan(1);
        assertThat(twilio.queries().get(0)).contains("To=" + OUR_NUMBER).contains("DateSent>=2026-12-03T01:50:00");
        assertThat(watermark()).isEqualTo("2026-12-04T01:30:00.000000Z");

        // the next run finds nothing new
        Reconciliation.Result second = reconciliation.reconcile().orElseThrow();
        assertThat(second.ingested()).isZero();
        assertThat(twilio.queries().get(twilio.queries().size() - 1)).contains("DateSent>=2026-12-04T01:20:00");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", "sms:" + rating))
                .containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM complaints WHERE idempotency_key = ?", "sms:" + complaint))
                .containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key IN (?, ?, ?)", "reply:" + rating,
                "reply:" + complaint, "reply:" + stop)).containsExactly("3");
    }

    @Test
    void a_message_the_reconciliation_ingested_is_not_processed_again_when_its_webhook_arrives_late() {
        InvitedDossiers.Invited d = dossiers.invited(InvitedDossiers.aPhone(), minutesAgo(60));
        String sid = sid();
        twilio.add(inbound(sid, d.phone(), "5", minutesAgo(10)));
        assertThat(reconciliation.reconcile().orElseThrow().ingested()).isEqualTo(1);

        TwilioWebhook.Reply late = new TwilioWebhook(server, PUBLIC_URL, TOKEN)
                .post(TwilioWebhook.message(sid, ACCOUNT, d.phone(), OUR_NUMBER, "5"));

        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body()).doesNotContain("<Message>");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE dossier_code = ?", d.dossierCode()))
                .containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key = ?", "reply:" + sid))
                .containsExactly("1");
    }

    @Test
    void a_message_the_webhook_answered_is_skipped_and_the_watermark_passes_it() {
        InvitedDossiers.Invited d = dossiers.invited(InvitedDossiers.aPhone(), minutesAgo(60));
        String sid = sid();
        TwilioWebhook.Reply answered = new TwilioWebhook(server, PUBLIC_URL, TOKEN)
                .post(TwilioWebhook.message(sid, ACCOUNT, d.phone(), OUR_NUMBER, "3 binh thuong"));
        assertThat(answered.body()).contains("<Message>");
        twilio.add(inbound(sid, d.phone(), "3 binh thuong", minutesAgo(5)));

        Reconciliation.Result result = reconciliation.reconcile().orElseThrow();

        assertThat(result.read()).isEqualTo(1);
        assertThat(result.ingested()).isZero();
        assertThat(watermark()).isEqualTo("2026-12-04T01:55:00.000000Z");
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE dossier_code = ?", d.dossierCode()))
                .containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key = ?", "reply:" + sid))
                .containsExactly("0");
    }

    @Test
    void a_message_younger_than_the_settle_time_is_left_to_the_webhook_until_the_next_run() {
        PhoneNumber phone = InvitedDossiers.aPhone();
        String older = sid();
        String fresh = sid();
        twilio.add(inbound(older, phone, "HELP", minutesAgo(20)));
        twilio.add(inbound(fresh, phone, "HUONG DAN", CLOCK.instant().minusSeconds(30)));

        assertThat(reconciliation.reconcile().orElseThrow().ingested()).isEqualTo(1);
        assertThat(watermark()).isEqualTo("2026-12-04T01:40:00.000000Z");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_inbound WHERE message_sid = ?", fresh)).containsExactly("0");

        CLOCK.advance(Duration.ofMinutes(5));
        assertThat(reconciliation.reconcile().orElseThrow().ingested()).isEqualTo(1);
        assertThat(sql.column("SELECT CONCAT_WS('|', outcome, reply_via) FROM sms_inbound WHERE message_sid = ?",
                fresh)).containsExactly("HELP|OUTBOX");
    }

    @Test
    void when_twilio_cannot_be_read_nothing_is_ingested_and_the_watermark_stays() {
        twilio.add(inbound(sid(), InvitedDossiers.aPhone(), "5", minutesAgo(20)));
        reconciliation.reconcile();
        String before = watermark();
        twilio.add(inbound(sid(), InvitedDossiers.aPhone(), "HELP", minutesAgo(10)));
        twilio.down(true);

        assertThatThrownBy(() -> reconciliation.reconcile()).isInstanceOf(RuntimeException.class);
        assertThat(watermark()).isEqualTo(before);

        twilio.down(false);
        assertThat(reconciliation.reconcile().orElseThrow().ingested()).isEqualTo(1);
    }
}
