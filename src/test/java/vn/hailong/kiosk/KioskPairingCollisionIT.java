package vn.hailong.kiosk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.ids.Digests;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/** A new pairing code that equals another one is drawn again, and used or expired codes are cleared away. */
@MicronautTest(transactional = false)
class KioskPairingCollisionIT {

    static final Deque<String> NEXT = new ArrayDeque<>();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    PairingCodes injected;

    @MockBean(PairingCodes.class)
    PairingCodes codes() {
        return new PairingCodes() {
            @Override
            public String next() {
                synchronized (NEXT) {
                    return NEXT.isEmpty() ? super.next() : NEXT.poll();
                }
            }
        };
    }

    @Test
    void a_code_equal_to_a_live_one_is_drawn_again_and_used_or_expired_ones_are_purged() {
        assertThat(injected.getClass().getName()).contains("KioskPairingCollisionIT");
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        String kioskId = sql.column("SELECT id FROM kiosks WHERE code = ?", w.kioskCode).get(0);
        // a live code of another pairing, a used and an expired one that happen to be what the generator draws next
        sql.update("INSERT INTO kiosk_pairings (kiosk_id, code_hash, expires_at, created_by, created_at) "
                + "VALUES (?, ?, UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE, 'test', UTC_TIMESTAMP(6))", kioskId, Digests.sha256("11111111"));
        sql.update("INSERT INTO kiosk_pairings (kiosk_id, code_hash, expires_at, used_at, created_by, created_at) "
                + "VALUES (?, ?, UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE, UTC_TIMESTAMP(6), 'test', UTC_TIMESTAMP(6))", kioskId, Digests.sha256("22222222"));
        sql.update("INSERT INTO kiosk_pairings (kiosk_id, code_hash, expires_at, created_by, created_at) "
                + "VALUES (?, ?, UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, 'test', UTC_TIMESTAMP(6) - INTERVAL 16 MINUTE)", kioskId, Digests.sha256("33333333"));
        synchronized (NEXT) {
            NEXT.addAll(List.of("11111111", "22222222"));
        }

        Api.Response issued = api.post("/api/v1/kiosks/" + w.kioskCode + "/pairing-codes", w.admin, "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(field(issued.body(), "code")).as("the live code is skipped, the used one was purged").isEqualTo("22222222");
        assertThat(sql.column("SELECT COUNT(*) FROM kiosk_pairings WHERE code_hash IN (?, ?)",
                Digests.sha256("22222222"), Digests.sha256("33333333"))).containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM kiosk_pairings WHERE code_hash = ?", Digests.sha256("11111111")))
                .containsExactly("1");

        Api.Response paired = api.post("/api/v1/kiosk/pair", null, "{\"code\":\"22222222\"}");
        assertThat(paired.status()).as(paired.body()).isBetween(200, 201);
    }
}
