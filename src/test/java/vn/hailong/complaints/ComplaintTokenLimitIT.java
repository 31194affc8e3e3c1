package vn.hailong.complaints;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 §2 (b): a stolen kiosk token filed unlimited complaints under any phone number (only callers without a
 * token were limited). Now each token has an allowance per hour, counted in the database.
 */
@MicronautTest(transactional = false)
class ComplaintTokenLimitIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    Api.Response file(Api api, String token, String key, int n) {
        return api.send("POST", "/api/v1/complaints", token,
                "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu " + n + "\",\"phone\":\"09123450" + String.format("%02d", n) + "\"}",
                Map.of("Idempotency-Key", key));
    }

    @Test
    void a_kiosk_token_files_ten_complaints_an_hour_then_gets_429_and_a_replay_still_answers() {
        Api api = new Api(server);
        RatingWorld w = new RatingWorld(fixtures, api);
        String firstKey = UUID.randomUUID().toString();
        for (int i = 0; i < 10; i++) {
            Api.Response r = file(api, w.kioskToken, i == 0 ? firstKey : UUID.randomUUID().toString(), i);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        Api.Response refused = file(api, w.kioskToken, UUID.randomUUID().toString(), 10);
        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.body()).contains("\"detail\":\"Mã truy cập này đã gửi quá nhiều phản ánh; vui lòng thử lại sau ");
        Api.Response english = api.send("POST", "/api/v1/complaints", w.kioskToken,
                "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"phone\":\"0912345099\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "en"));
        assertThat(english.status()).isEqualTo(429);
        assertThat(english.body()).contains("\"detail\":\"This access token has filed too many complaints; please try again in ");
        assertThat(file(api, w.kioskToken, firstKey, 0).status()).isEqualTo(200);
        assertThat(sql.column("SELECT COUNT(*) FROM complaints c JOIN kiosks k ON k.id = c.kiosk_id WHERE k.code = ?",
                w.kioskCode)).containsExactly("10");

        // another kiosk's allowance is its own
        RatingWorld other = new RatingWorld(fixtures, api);
        assertThat(file(api, other.kioskToken, UUID.randomUUID().toString(), 11).status()).isEqualTo(201);
    }
}
