package vn.hailong.complaints;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.Sql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/** Complaint phones are validated as Vietnamese mobile numbers and stored in one normalised form. */
@MicronautTest(transactional = false)
class ComplaintPhoneIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Sql sql;

    Api api;
    RatingWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    Api.Response file(String phoneJson) {
        return api.send("POST", "/api/v1/complaints", w.kioskToken,
                "{\"kind\":\"PHAN_ANH\",\"text\":\"Chờ lâu\",\"phone\":" + phoneJson + "}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    List<String> stored(String trackingCode, String column) {
        return sql.column("SELECT " + column + " FROM complaints WHERE tracking_code = ?", trackingCode);
    }

    @Test
    void a_bad_phone_number_is_refused_with_a_vietnamese_problem() {
        for (String bad : List.of("\"12\"", "\"024 3825 6789\"", "\"+1 650 253 0000\"", "\"09x2345678\"")) {
            Api.Response r = file(bad);
            assertThat(r.status()).as(bad + " " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body()).contains("\"field\":\"phone\"").contains("di động");
        }
    }

    @Test
    void a_legacy_eleven_digit_number_is_accepted_and_kept_as_its_ten_digit_successor() {
        Api.Response r = file("\"0168 123 4567\"");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(stored(field(r.body(), "trackingCode"), "phone_last4")).containsExactly("4567");
    }
}
