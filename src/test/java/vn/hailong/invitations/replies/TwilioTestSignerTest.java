package vn.hailong.invitations.replies;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' signer agrees with the SDK's validator, which the webhook uses. */
class TwilioTestSignerTest {

    private static final String TOKEN = "12345678901234567890123456789012";

    @Test
    void a_signature_of_the_test_signer_is_valid_for_the_sdk_and_only_for_its_url_and_body() {
        Map<String, String> form = Map.of("MessageSid", "SM1", "From", "+84981234567", "Body", "5 rất tốt",
                "To", "+15005550006", "AccountSid", "AC1");
        String url = "https://hailong.example.vn/sms/twilio/inbound";
        String signature = new TwilioTestSigner(TOKEN).sign(url, form);
        RequestValidator validator = new RequestValidator(TOKEN);
        assertThat(validator.validate(url, form, signature)).isTrue();
        assertThat(validator.validate("http://localhost:8080/sms/twilio/inbound", form, signature)).isFalse();
        assertThat(validator.validate(url, Map.of("MessageSid", "SM1", "Body", "1"), signature)).isFalse();
        assertThat(new RequestValidator("another-token-000000000000000000").validate(url, form, signature)).isFalse();
    }
}
