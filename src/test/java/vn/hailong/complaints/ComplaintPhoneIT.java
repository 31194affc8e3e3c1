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
    @Inject
    ComplaintStore store;

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

    @Test
    void the_phone_is_stored_encrypted_with_a_blind_index_and_only_the_last_four_digits_readable() {
        String code = field(file("\"0912.345.678\"").body(), "trackingCode");
        String hex = sql.column("SELECT HEX(citizen_phone_enc) FROM complaints WHERE tracking_code = ?", code).get(0);
        assertThat(hex).isNotBlank();
        String bytes = new String(java.util.HexFormat.of().parseHex(hex), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("912345678").doesNotContain("0912");
        assertThat(stored(code, "citizen_phone_index").get(0)).hasSize(64).doesNotContain("912345678");
        assertThat(stored(code, "phone_last4")).containsExactly("5678");
        assertThat(sql.column("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = 'complaints' AND column_name = 'citizen_phone'")).containsExactly("0");
        assertThat(store.phoneOf(code)).contains(vn.hailong.shared.phone.PhoneNumber.parse("+84912345678"));
    }

    @Test
    void complaints_can_still_be_found_by_phone_number_however_it_was_typed() {
        // 091 is a VinaPhone prefix: any seven digits after it make a valid mobile number
        String phone = "091" + String.format("%07d", new java.util.Random().nextInt(10_000_000));
        String first = field(file("\"" + phone + "\"").body(), "trackingCode");
        String second = field(file("\"+84 " + phone.substring(1) + "\"").body(), "trackingCode");
        file("\"0987 000 111\"");
        assertThat(store.trackingCodesByPhone(vn.hailong.shared.phone.PhoneNumber.parse(phone), 10))
                .containsExactlyInAnyOrder(first, second);
        assertThat(store.phoneOf(first).orElseThrow().toString()).endsWith(phone.substring(8)).contains("*");
    }
}
