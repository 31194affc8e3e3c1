package vn.hailong.invitations;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierReturned;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.RatingReceipt;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.organisation.Directory;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OptOuts;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A returned dossier brings exactly one invitation and one queued SMS (issue 11 item 5), published as the dossier
 * feed does: inside the transaction that records the return. And one counted rating per dossier whichever channel.
 */
@MicronautTest(transactional = false)
class DossierInvitationsIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Directory directory;
    @Inject
    TestDossiers dossiers;
    @Inject
    ApplicationEventPublisher<DossierReturned> events;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    InvitationStore invitations;
    @Inject
    InvitedRatings ratings;
    @Inject
    OptOuts optOuts;
    @Inject
    TimeOrderedIds ids;
    @Inject
    Sql sql;
    @Inject
    Clock clock;

    RatingWorld w;
    long unitId;
    long procedureId;
    long counterId;
    long officerId;

    @BeforeEach
    void setUp() {
        w = new RatingWorld(fixtures, new Api(server));
        unitId = w.unit.id();
        procedureId = directory.procedureByCode(w.procedure).orElseThrow().id();
        counterId = directory.counterByCode(w.counter).orElseThrow().id();
        officerId = directory.officerByCode(w.officer).orElseThrow().id();
    }

    static PhoneNumber newPhone() {
        return PhoneNumber.parse("091" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000)));
    }

    Dossier dossier(PhoneNumber phone, Instant returnedAt) {
        return dossiers.insert(ids.next(), TestDossiers.code(), unitId, procedureId, officerId, counterId, phone,
                returnedAt);
    }

    void returned(Dossier d) {
        transactions.executeWrite(status -> {
            events.publishEvent(new DossierReturned(d.id(), d.code(), d.unitId(), d.counterId(), d.officerId(),
                    d.procedureId(), d.phone(), d.returnedAt()));
            return null;
        });
    }

    List<String> outbox(Dossier d) {
        return sql.column("SELECT params FROM sms_outbox WHERE dedupe_key = ?", "invitation:" + d.id());
    }

    int invitationRows(Dossier d) {
        return sql.column("SELECT id FROM rating_invitations WHERE dossier_id = ?", d.id()).size();
    }

    @Test
    void a_returned_dossier_with_a_phone_gets_one_invitation_and_one_sms_however_often_the_feed_repeats() {
        PhoneNumber phone = newPhone();
        Dossier d = dossier(phone, clock.instant().minus(Duration.ofHours(1)));
        returned(d);
        returned(d);

        Invitation inv = invitations.byDossier(d.id()).orElseThrow();
        assertThat(invitationRows(d)).isEqualTo(1);
        assertThat(inv.token()).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(inv.dossierCode()).isEqualTo(d.code());
        assertThat(inv.counterId()).isEqualTo(counterId);
        assertThat(inv.officerId()).isEqualTo(officerId);
        assertThat(invitations.lastTo(phone, clock.instant().minus(Duration.ofDays(1)))).contains(inv);

        List<String> params = outbox(d);
        assertThat(params).hasSize(1);
        assertThat(params.get(0)).contains("\"code\":\"" + d.code() + "\"")
                .contains("/danh-gia/" + inv.token() + "\"")
                .contains("\"unit\":\"" + w.unit.name() + "\"");
        assertThat(sql.column("SELECT purpose FROM sms_outbox WHERE dedupe_key = ?", "invitation:" + d.id()))
                .containsExactly("INVITATION");
        assertThat(sql.column("SELECT unit_id FROM sms_outbox WHERE dedupe_key = ?", "invitation:" + d.id()))
                .containsExactly(String.valueOf(unitId));
        // the number is encrypted in both tables
        assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key = ? AND to_cipher LIKE ?",
                "invitation:" + d.id(), "%" + phone.e164().substring(3) + "%")).containsExactly("0");
    }

    @Test
    void the_same_return_published_at_once_by_several_feeds_writes_one_invitation_and_one_sms() throws Exception {
        Dossier d = dossier(newPhone(), clock.instant().minus(Duration.ofMinutes(5)));
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    returned(d);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(invitationRows(d)).isEqualTo(1);
        assertThat(outbox(d)).hasSize(1);
    }

    @Test
    void no_invitation_without_a_phone_after_stop_or_for_a_dossier_returned_long_ago() {
        Dossier noPhone = dossier(null, clock.instant().minus(Duration.ofHours(1)));
        returned(noPhone);
        assertThat(invitationRows(noPhone)).isZero();
        assertThat(outbox(noPhone)).isEmpty();

        PhoneNumber stopped = newPhone();
        optOuts.optOut(stopped, "SMS");
        Dossier optedOut = dossier(stopped, clock.instant().minus(Duration.ofHours(1)));
        returned(optedOut);
        assertThat(invitationRows(optedOut)).isZero();
        assertThat(outbox(optedOut)).isEmpty();

        Dossier history = dossier(newPhone(), clock.instant().minus(Duration.ofDays(8)));
        returned(history);
        assertThat(invitationRows(history)).isZero();
        assertThat(outbox(history)).isEmpty();
    }

    @Test
    void a_rolled_back_return_leaves_neither_an_invitation_nor_an_sms() {
        Dossier d = dossier(newPhone(), clock.instant().minus(Duration.ofHours(1)));
        try {
            transactions.executeWrite(status -> {
                events.publishEvent(new DossierReturned(d.id(), d.code(), d.unitId(), d.counterId(), d.officerId(),
                        d.procedureId(), d.phone(), d.returnedAt()));
                throw new IllegalStateException("the feed's update failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(invitationRows(d)).isZero();
        assertThat(outbox(d)).isEmpty();
    }

    @Test
    void one_counted_rating_per_dossier_whichever_channel_later_ones_kept_and_flagged() {
        Dossier d = dossier(newPhone(), clock.instant().minus(Duration.ofHours(2)));
        returned(d);
        Invitation inv = invitations.byDossier(d.id()).orElseThrow();

        Instant smsAt = clock.instant().minusSeconds(60);
        RatingReceipt first = ratings.rate(inv, Channel.SMS, 4, Map.of(), "Nhanh", smsAt, "SM-" + d.id());
        assertThat(first.created()).isTrue();
        assertThat(first.flagged()).isFalse();
        assertThat(invitations.byDossier(d.id()).orElseThrow().ratingId()).isEqualTo(Long.parseLong(first.id()));

        // the same SMS again (Twilio retried): the first, nothing new
        RatingReceipt replay = ratings.rate(inv, Channel.SMS, 4, Map.of(), "Nhanh", smsAt, "SM-" + d.id());
        assertThat(replay).isEqualTo(new RatingReceipt(first.id(), false, false));

        // then the link page: kept, flagged, not counted; the invitation keeps the first
        RatingReceipt second = ratings.rate(inv, Channel.WEB, 1, Map.of(), "Đổi ý", null, "form-" + d.id());
        assertThat(second.created()).isTrue();
        assertThat(second.flagged()).isTrue();
        assertThat(sql.column("SELECT flag_reason FROM ratings WHERE id = ?", Long.parseLong(second.id())))
                .containsExactly("DOSSIER_ALREADY_RATED");
        assertThat(sql.column("SELECT flagged FROM ratings WHERE id = ?", Long.parseLong(first.id())))
                .containsExactly("0");
        assertThat(sql.column("SELECT channel FROM ratings WHERE dossier_code = ? ORDER BY id", d.code()))
                .containsExactly("SMS", "WEB");
        assertThat(invitations.byDossier(d.id()).orElseThrow().ratingId()).isEqualTo(Long.parseLong(first.id()));

        // a page submitted twice with its form key: the same (flagged) rating both times
        assertThat(ratings.rate(inv, Channel.WEB, 1, Map.of(), "Đổi ý", null, "form-" + d.id()))
                .isEqualTo(new RatingReceipt(second.id(), false, true));

        // and a rating of a dossier given later is not bound to whoever the counter serves now
        assertThat(sql.column("SELECT transaction_id FROM ratings WHERE dossier_code = ?", d.code()))
                .containsOnlyNulls();
    }
}
