package vn.hailong.feedback;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by the database drill (issue 12 §3): concurrent kiosks' first ratings deadlocked on the gaps of
 * kiosk_contacts and got a 500. A rating whose transaction the database rolls back as a deadlock is written again in
 * a new transaction; one that keeps deadlocking is answered 503 with Retry-After, never 500, and nothing is stored.
 * The deadlock is played by a trigger that raises MariaDB's own error (1213, SQLSTATE 40001) as often as a
 * non-transactional counter says, so that its count survives the rollback.
 */
@MicronautTest(transactional = false)
class RatingDeadlockIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    Api api;
    RatingWorld w;
    final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
        sql.update("CREATE TABLE deadlocks_" + suffix + " (marker VARCHAR(100) PRIMARY KEY, remaining INT NOT NULL)"
                + " ENGINE=MyISAM");
        sql.update("CREATE TRIGGER deadlock_" + suffix + " BEFORE INSERT ON ratings FOR EACH ROW BEGIN"
                + " IF EXISTS (SELECT 1 FROM deadlocks_" + suffix + " WHERE marker = NEW.comment AND remaining > 0) THEN"
                + " UPDATE deadlocks_" + suffix + " SET remaining = remaining - 1 WHERE marker = NEW.comment;"
                + " SIGNAL SQLSTATE '40001' SET MESSAGE_TEXT = 'Deadlock found when trying to get lock;"
                + " try restarting transaction', MYSQL_ERRNO = 1213; END IF; END");
    }

    @AfterEach
    void tearDown() {
        sql.update("DROP TRIGGER IF EXISTS deadlock_" + suffix);
        sql.update("DROP TABLE IF EXISTS deadlocks_" + suffix);
    }

    Api.Response rate(String key, String comment) {
        return api.send("POST", "/api/v1/ratings", w.kioskToken, "{\"score\":4,\"comment\":\"" + comment + "\"}",
                Map.of("Idempotency-Key", key));
    }

    @Test
    void a_rating_rolled_back_by_a_deadlock_is_written_again_and_stored_once() {
        String comment = "deadlock twice " + suffix;
        sql.update("INSERT INTO deadlocks_" + suffix + " VALUES (?, 2)", comment);
        String key = UUID.randomUUID().toString();

        Api.Response r = rate(key, comment);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(sql.column("SELECT remaining FROM deadlocks_" + suffix)).containsExactly("0");
        assertThat(sql.column("SELECT id FROM ratings WHERE idempotency_key = ?", key))
                .containsExactly(RatingWorld.field(r.body(), "id"));
        assertThat(sql.count("SELECT COUNT(*) FROM ratings WHERE comment = ?", comment)).isEqualTo(1);
    }

    @Test
    void a_rating_that_keeps_deadlocking_is_answered_503_with_retry_after_and_stores_nothing() {
        String comment = "deadlock always " + suffix;
        sql.update("INSERT INTO deadlocks_" + suffix + " VALUES (?, 1000)", comment);
        String key = UUID.randomUUID().toString();

        Api.Response r = rate(key, comment);

        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isNotBlank();
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(sql.count("SELECT COUNT(*) FROM ratings WHERE idempotency_key = ?", key)).isZero();

        // once the conflict is gone, the kiosk's retry with the same key stores it once
        sql.update("DELETE FROM deadlocks_" + suffix);
        Api.Response retry = rate(key, comment);
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(sql.count("SELECT COUNT(*) FROM ratings WHERE comment = ?", comment)).isEqualTo(1);
    }
}
