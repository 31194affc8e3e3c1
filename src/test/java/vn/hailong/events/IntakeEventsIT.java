package vn.hailong.events;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintFiled;
import vn.hailong.feedback.RatingRecorded;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/**
 * The seam after intake (issue 8, structure 5): a rating or a complaint publishes an event inside the transaction
 * that stores it; listeners see it, and an intake that rolls back publishes nothing an after-commit listener sees.
 */
@MicronautTest(transactional = false)
class IntakeEventsIT {

    /** Stands for a later feature: records what it hears, and can make one unit's intake fail in the transaction. */
    @Singleton
    static class Listener {
        static final AtomicLong FAILING_UNIT = new AtomicLong(-1);
        final List<RatingRecorded> inTransaction = new CopyOnWriteArrayList<>();
        final List<RatingRecorded> committed = new CopyOnWriteArrayList<>();
        final List<ComplaintFiled> complaints = new CopyOnWriteArrayList<>();

        @EventListener
        void rollup(RatingRecorded e) {
            inTransaction.add(e);
            if (e.unitId() == FAILING_UNIT.get()) {
                throw new IllegalStateException("the rollup failed");
            }
        }

        @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
        void afterCommit(RatingRecorded e) {
            committed.add(e);
        }

        @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
        void complaint(ComplaintFiled e) {
            complaints.add(e);
        }
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    Listener listener;

    @Test
    void a_stored_rating_and_a_filed_complaint_are_heard_after_commit() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        String key = UUID.randomUUID().toString();
        Api.Response r = api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":4}", Map.of("Idempotency-Key", key));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = Long.parseLong(field(r.body(), "id"));
        assertThat(listener.committed).anySatisfy(e -> {
            assertThat(e.ratingId()).isEqualTo(id);
            assertThat(e.unitId()).isEqualTo(w.unit.id());
            assertThat(e.score()).isEqualTo(4);
            assertThat(e.counted()).isTrue();
        });

        Api.Response c = api.send("POST", "/api/v1/complaints", w.kioskToken, "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String code = field(c.body(), "trackingCode");
        assertThat(listener.complaints).anySatisfy(e -> {
            assertThat(e.trackingCode()).isEqualTo(code);
            assertThat(e.unitId()).isEqualTo(w.unit.id());
        });
        // a replay stores nothing and publishes nothing
        int heard = listener.committed.size();
        assertThat(api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":4}", Map.of("Idempotency-Key", key))
                .status()).isEqualTo(200);
        assertThat(listener.committed).hasSize(heard);
    }

    @Test
    void a_rating_whose_transaction_rolls_back_is_neither_stored_nor_heard_after_commit() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        Listener.FAILING_UNIT.set(w.unit.id());
        try {
            Api.Response r = api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":2}",
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(r.status()).as(r.body()).isEqualTo(500);
        } finally {
            Listener.FAILING_UNIT.set(-1);
        }
        assertThat(listener.inTransaction).anyMatch(e -> e.unitId() == w.unit.id());
        assertThat(listener.committed).noneMatch(e -> e.unitId() == w.unit.id());
        assertThat(sql.column("SELECT COUNT(*) FROM ratings WHERE unit_id = ?", w.unit.id())).containsExactly("0");
    }
}
