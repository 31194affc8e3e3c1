package vn.hailong.feedback;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rating whose transaction InnoDB picks as a deadlock victim is stored once and acknowledged: the kiosk's first
 * rating after a quiet spell inserts a contact span into an index gap that another transaction holds and then
 * inserts into as well (what the first ratings of several kiosks do to each other every morning). The other
 * transaction is made the heavier one (ballast rows), so InnoDB chooses the rating's as the victim.
 */
@MicronautTest(transactional = false)
class RatingConflictRetryIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;
    @Inject
    DataSource contextual;
    @Inject
    DataSourceResolver resolver;

    @Test
    void a_rating_rolled_back_as_a_deadlock_victim_is_retried_and_stored_once() throws Exception {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        long kioskId = sql.count("SELECT id FROM kiosks WHERE code = ?", w.kioskCode);
        assertThat(sql.count("SELECT COUNT(*) FROM kiosk_contacts WHERE kiosk_id = ?", kioskId)).isZero();
        DataSource raw = resolver.resolve(contextual);
        String key = UUID.randomUUID().toString();
        long deadlocksBefore = deadlocks(raw);
        try (Connection setup = raw.getConnection(); var s = setup.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS test_conflict_ballast (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB");
        }
        CompletableFuture<Api.Response> rating;
        try (Connection other = raw.getConnection()) {
            other.setAutoCommit(false);
            try (var s = other.createStatement()) {
                s.execute("INSERT INTO test_conflict_ballast (id) WITH RECURSIVE n (i) AS"
                        + " (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n");
                // the gap where the kiosk's first contact span goes, locked as the rating's own UPDATE locks it
                s.executeQuery("SELECT id FROM kiosk_contacts WHERE kiosk_id = " + kioskId
                        + " AND to_at >= '2000-01-01' ORDER BY to_at DESC LIMIT 1 FOR UPDATE").close();
            }
            rating = CompletableFuture.supplyAsync(() -> api.send("POST", "/api/v1/ratings", w.kioskToken,
                    "{\"score\":4}", Map.of("Idempotency-Key", key)));
            awaitLockWait(raw);
            try (PreparedStatement ps = other.prepareStatement(
                    "INSERT INTO kiosk_contacts (kiosk_id, from_at, to_at, heartbeats) VALUES (?, ?, ?, 0)")) {
                Timestamp at = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
                ps.setLong(1, kioskId);
                ps.setTimestamp(2, at);
                ps.setTimestamp(3, at);
                ps.executeUpdate(); // closes the cycle; InnoDB rolls the lighter rating transaction back
            }
            other.rollback();
        } finally {
            try (Connection c = raw.getConnection(); var s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS test_conflict_ballast");
            }
        }
        Api.Response answer = rating.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(deadlocks(raw)).isGreaterThan(deadlocksBefore);
        assertThat(sql.count("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", key)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM kiosk_contacts WHERE kiosk_id = ?", kioskId)).isEqualTo(1);
        assertThat(api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":4}",
                Map.of("Idempotency-Key", key)).status()).isEqualTo(200);
    }

    private static long deadlocks(DataSource raw) throws Exception {
        try (Connection c = raw.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) {
            return rs.next() ? rs.getLong(2) : 0;
        }
    }

    /** Until some transaction waits for a lock on kiosk_contacts: the rating's insert of its contact span. */
    private static void awaitLockWait(DataSource raw) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Connection c = raw.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'"
                            + " AND trx_query LIKE 'INSERT INTO kiosk_contacts%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the rating never waited for the kiosk_contacts gap lock");
    }
}
